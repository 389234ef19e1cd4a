/** A round top for an axis and its step: 0, 25k, 50k, 75k, 100k rather than 0, 23.7k, … */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 }
  const raw = max / ticks
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const normalised = raw / magnitude
  const nice = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10
  const step = nice * magnitude
  return { top: Math.ceil(max / step) * step, step }
}
