import type { Clock } from '../../../db/clock'

/** Logins naming no active user: a few a minute are a stale tile; more are someone scripting guesses. */
export const UNKNOWN_LOGINS_PER_MINUTE = 5
const WINDOW_MS = 60_000

/** The one audit entry a burst of them leaves (and the owner's notice of it, audit/audit-notices.ts). */
export const UNKNOWN_LOGINS_THROTTLED_ACTION = 'session.login_throttled'

/** What to do with one login naming no active user. */
export type UnknownLoginVerdict = 'audit' | 'refuse-and-audit-once' | 'refuse-quietly'

/**
 * Counts logins with unknown or inactive user ids across the whole core (every window): they
 * cost no PIN hashing, so unchecked they arrive by the thousand and fill the audit log. The first
 * few in a minute are answered and audited one by one; past that they are refused at once, and
 * the burst is recorded by a single audit entry, not one per attempt.
 */
export function createUnknownLoginLimiter(clock: Clock, perMinute = UNKNOWN_LOGINS_PER_MINUTE) {
  let windowStart = Number.NEGATIVE_INFINITY
  let count = 0
  return {
    attempt(): UnknownLoginVerdict {
      const now = clock().getTime()
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now
        count = 0
      }
      count++
      if (count <= perMinute) return 'audit'
      return count === perMinute + 1 ? 'refuse-and-audit-once' : 'refuse-quietly'
    },
    /** When refused logins are answered again: the end of the current minute. */
    retryAt: (): Date => new Date(windowStart + WINDOW_MS),
  }
}

export type UnknownLoginLimiter = ReturnType<typeof createUnknownLoginLimiter>
