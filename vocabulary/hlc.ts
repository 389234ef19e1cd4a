/**
 * The hybrid logical clock (SYNC.md, "Clocks"): wall time in milliseconds, a counter for events
 * within one millisecond, and the desk's id to break ties. It never goes backwards, whatever the
 * wall clock does, and it moves past every remote clock it sees, so "later" means the same on
 * every desk. Written as a fixed-width string that sorts like the clock:
 * `2026-12-06T21:45:00.123Z-0000-01JF3Q6Z9V8W7X6Y5Z4A3B2C1D`.
 * Pure: the desk's core and (later) the sync server both import it.
 */
export type Hlc = { readonly ms: number; readonly counter: number; readonly desk: string }

const MAX_COUNTER = 0xffff
/** Years 1970 to 9999 print in 24 characters, so the strings compare like the clocks. */
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

export const HLC_ZERO_MS = 0

export function hlcToString(hlc: Hlc): string {
  return `${new Date(hlc.ms).toISOString()}-${hlc.counter.toString(16).padStart(4, '0')}-${hlc.desk}`
}

const PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9A-Za-z]+)$/

export function parseHlc(text: string): Hlc | null {
  const match = PATTERN.exec(text)
  if (!match) return null
  const ms = Date.parse(match[1] ?? '')
  if (!Number.isFinite(ms)) return null
  return { ms, counter: Number.parseInt(match[2] ?? '', 16), desk: match[3] ?? '' }
}

/** The clock of a local event at wall time `nowMs`: past `last` and never behind the wall. */
export function hlcTick(last: Hlc, nowMs: number): Hlc {
  const wall = Math.min(Math.max(0, Math.floor(nowMs)), MAX_MS)
  if (wall > last.ms) return { ms: wall, counter: 0, desk: last.desk }
  return bump(last.ms, last.counter, last.desk)
}

/** The clock after seeing a remote clock: past both it and our own last clock. */
export function hlcReceive(last: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wall = Math.min(Math.max(0, Math.floor(nowMs)), MAX_MS)
  const ms = Math.max(wall, last.ms, remote.ms)
  if (ms === wall && ms > last.ms && ms > remote.ms) return { ms, counter: 0, desk: last.desk }
  const counter = ms === last.ms && ms === remote.ms ? Math.max(last.counter, remote.counter) : ms === last.ms ? last.counter : ms === remote.ms ? remote.counter : -1
  return bump(ms, counter, last.desk)
}

/** Negative, zero or positive as `a` is before, the same as or after `b` (desk id breaks ties). */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a.ms - b.ms || a.counter - b.counter || (a.desk < b.desk ? -1 : a.desk > b.desk ? 1 : 0)
}

function bump(ms: number, counter: number, desk: string): Hlc {
  // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
  if (counter >= MAX_COUNTER) return { ms: ms + 1, counter: 0, desk }
  return { ms, counter: counter + 1, desk }
}
