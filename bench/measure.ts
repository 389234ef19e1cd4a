/** Timing helpers for the benchmark: many runs, percentiles, no wall-clock assertions anywhere. */
export type Stats = { runs: number; p50: number; p99: number; mean: number; max: number }

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] as number
}

export function summarize(samplesMs: number[]): Stats {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const sum = sorted.reduce((a, b) => a + b, 0)
  return { runs: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sum / sorted.length, max: sorted[sorted.length - 1] ?? Number.NaN }
}

/**
 * Times `work(i)` for `runs` iterations after `warmup` untimed ones. By default the warm-up is
 * one full pass over the same inputs, so figures are for a warm page cache (a counter app that
 * has been running); the cold start is measured on its own ("open + first lookup").
 */
export async function measure(runs: number, work: (i: number) => unknown, warmup = runs): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await work(i)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await work(i)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return summarize(samples)
}

/**
 * The core's clock for a benchmark: real time, moved on by hand. Back-to-back searches are a
 * harvest to the core's search pace (customers/search-pace.ts), which rightly pauses them; moving
 * this clock on by a person's keystroke gap before each one makes them arrive at a person's pace
 * as the core counts time, while the latency is still measured on the real clock.
 */
export function pacedClock(): (() => Date) & { advance(ms: number): void } {
  let ahead = 0
  return Object.assign(() => new Date(Date.now() + ahead), { advance: (ms: number) => void (ahead += ms) })
}

/** A fast typist's gap between keystrokes: 10 searches a second, well within the search pace. */
export const KEYSTROKE_GAP_MS = 100

export const ms = (value: number) => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1))
