/**
 * How long quitting waits for the data to close: the day's backup still running (core.close()
 * awaits it), audit entries flushed, the database closed. A typical salon's backup finishes well
 * within it; past it Parlour quits anyway. That is safe: SQLite's WAL survives an exit at any
 * point, an unfinished backup is only a `.partial` file (never listed, never restored), and the
 * day's backup is made again at the next start because none verified today.
 */
export const QUIT_TIMEOUT_MS = 10_000

/** Waits for `work`, but no longer than `ms`: 'done' (it settled, either way) or 'timed-out'. */
export function settleWithin(work: Promise<unknown>, ms: number): Promise<'done' | 'timed-out'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timed-out'>((resolve) => (timer = setTimeout(() => resolve('timed-out'), ms)))
  const done = work.then(
    () => 'done' as const,
    () => 'done' as const,
  )
  return Promise.race([done, timeout]).finally(() => clearTimeout(timer))
}
