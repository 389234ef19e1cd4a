import type { Clock } from '../../../db/clock'

/**
 * How fast a person can search. The counter sends one `customers.search` per keystroke (no
 * debounce), so the fastest typist makes about 10 a second in a burst and far fewer over a
 * minute; holding a key down repeats it about 30 times a second for a moment. A user may make
 * SEARCH_BURST searches at once and SEARCHES_PER_SECOND every second after that, for as long
 * as they like: 1.5 times the fastest typing, forever, is never refused.
 */
export const SEARCH_BURST = 100
export const SEARCHES_PER_SECOND = 15
/** The first pause of a burst; each further burst within SEARCH_PAUSE_MEMORY_MS doubles it, up to SEARCH_PAUSE_LONGEST_MS. */
export const SEARCH_PAUSE_MS = 30_000
export const SEARCH_PAUSE_LONGEST_MS = 15 * 60_000
const SEARCH_PAUSE_MEMORY_MS = 60 * 60_000

/**
 * What to do with one search: answer it, or refuse it until `retryAt`. `firstOfBurst` is set on
 * the refusal that starts a pause, the one that is audited and shown to the owner.
 */
export type SearchVerdict = { allowed: true } | { allowed: false; retryAt: Date; firstOfBurst: boolean; pauseMs: number }

type Pace = { tokens: number; at: number; pausedUntil: number; pauses: number; lastPauseAt: number }

/**
 * Counts each user's searches across the whole core (every window, every login): a token bucket
 * of SEARCH_BURST that refills at SEARCHES_PER_SECOND. A user who empties it (a script running
 * through every last-4, 10,000 searches in a second) is refused for a pause that doubles with
 * each repeat within the hour, so the harvest slows to a trickle; the pause is one audit entry,
 * not one per refused search. Time is the injected clock's, so tests drive it.
 */
export function createSearchPace(clock: Clock) {
  const burst = SEARCH_BURST
  const perSecond = SEARCHES_PER_SECOND
  const paces = new Map<string, Pace>()

  return {
    attempt(userId: string): SearchVerdict {
      const now = clock().getTime()
      let pace = paces.get(userId)
      if (!pace) {
        pace = { tokens: burst, at: now, pausedUntil: Number.NEGATIVE_INFINITY, pauses: 0, lastPauseAt: Number.NEGATIVE_INFINITY }
        paces.set(userId, pace)
      }
      // A clock set back (a restore, a test) never lengthens a pause past its longest.
      if (now < pace.pausedUntil && pace.pausedUntil - now <= SEARCH_PAUSE_LONGEST_MS) {
        return { allowed: false, retryAt: new Date(pace.pausedUntil), firstOfBurst: false, pauseMs: pace.pausedUntil - now }
      }
      pace.tokens = Math.min(burst, pace.tokens + (Math.max(0, now - pace.at) / 1000) * perSecond)
      pace.at = now
      if (pace.tokens >= 1) {
        pace.tokens -= 1
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
