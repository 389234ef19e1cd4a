import type { Clock } from '../../../db/clock'

/**
 * How fast a person can search. The counter sends one `customers.search` per keystroke (no
 * debounce), so the fastest typist makes about 10 a second in a burst and far fewer over a
 * minute; holding a key down repeats it about 30 times a second for a moment. A user may make
 * SEARCH_BURST searches at once and SEARCHES_PER_SECOND every second after that: 1.5 times the
 * fastest typing. Over an hour a person at the counter makes a few hundred searches, so the hour
 * allows SEARCHES_PER_HOUR (one a second, all hour): a script that paces itself just under the
 * per-second rate to sweep every last-4 is paused too, within minutes, and the owner told.
 */
export const SEARCH_BURST = 100
export const SEARCHES_PER_SECOND = 15
export const SEARCHES_PER_HOUR = 3600

/** The budgets above; the benchmark, which plays a window far busier than a person on purpose, widens the hour's. */
export type SearchLimits = { burst: number; perSecond: number; perHour: number }
export const SEARCH_LIMITS: SearchLimits = { burst: SEARCH_BURST, perSecond: SEARCHES_PER_SECOND, perHour: SEARCHES_PER_HOUR }
/** The first pause of a burst; each further burst within SEARCH_PAUSE_MEMORY_MS doubles it, up to SEARCH_PAUSE_LONGEST_MS. */
export const SEARCH_PAUSE_MS = 30_000
export const SEARCH_PAUSE_LONGEST_MS = 15 * 60_000
const SEARCH_PAUSE_MEMORY_MS = 60 * 60_000

/**
 * What to do with one search: answer it, or refuse it until `retryAt`. `firstOfBurst` is set on
 * the refusal that starts a pause, the one that is audited and shown to the owner.
 */
export type SearchVerdict = { allowed: true } | { allowed: false; retryAt: Date; firstOfBurst: boolean; pauseMs: number }

type Pace = { tokens: number; hourTokens: number; at: number; pausedUntil: number; pauses: number; lastPauseAt: number }

/**
 * Counts each user's searches across the whole core (every window, every login): a token bucket
 * of SEARCH_BURST that refills at SEARCHES_PER_SECOND, and one of SEARCHES_PER_HOUR that refills
 * over the hour. A user who empties either (a script running
 * through every last-4, 10,000 searches in a second) is refused for a pause that doubles with
 * each repeat within the hour, so the harvest slows to a trickle; the pause is one audit entry,
 * not one per refused search. Time is the injected clock's, so tests drive it.
 */
export function createSearchPace(clock: Clock, limits: SearchLimits = SEARCH_LIMITS) {
  const { burst, perSecond, perHour } = limits
  const paces = new Map<string, Pace>()

  return {
    attempt(userId: string): SearchVerdict {
      const now = clock().getTime()
      let pace = paces.get(userId)
      if (!pace) {
        pace = { tokens: burst, hourTokens: perHour, at: now, pausedUntil: Number.NEGATIVE_INFINITY, pauses: 0, lastPauseAt: Number.NEGATIVE_INFINITY }
        paces.set(userId, pace)
      }
      // A clock set back (a restore, a test) never lengthens a pause past its longest.
      if (now < pace.pausedUntil && pace.pausedUntil - now <= SEARCH_PAUSE_LONGEST_MS) {
        return { allowed: false, retryAt: new Date(pace.pausedUntil), firstOfBurst: false, pauseMs: pace.pausedUntil - now }
      }
      const seconds = Math.max(0, now - pace.at) / 1000
      pace.tokens = Math.min(burst, pace.tokens + seconds * perSecond)
      pace.hourTokens = Math.min(perHour, pace.hourTokens + (seconds * perHour) / 3600)
      pace.at = now
      if (pace.tokens >= 1 && pace.hourTokens >= 1) {
        pace.tokens -= 1
        pace.hourTokens -= 1
        return { allowed: true }
      }
      pace.pauses = now - pace.lastPauseAt < SEARCH_PAUSE_MEMORY_MS ? pace.pauses + 1 : 1
      pace.lastPauseAt = now
      const pauseMs = Math.min(SEARCH_PAUSE_MS * 2 ** (pace.pauses - 1), SEARCH_PAUSE_LONGEST_MS)
      pace.pausedUntil = now + pauseMs
      // The pause is the wait: afterwards the user starts again with a full bucket.
      pace.tokens = burst
      return { allowed: false, retryAt: new Date(pace.pausedUntil), firstOfBurst: true, pauseMs }
    },
  }
}

export type SearchPace = ReturnType<typeof createSearchPace>
