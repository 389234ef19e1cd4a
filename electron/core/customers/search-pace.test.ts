import { describe, expect, it } from 'vitest'
import { manualClock } from '../../../test/helpers/temp'
import { createSearchPace, SEARCH_BURST, SEARCH_PAUSE_LONGEST_MS, SEARCH_PAUSE_MS, SEARCHES_PER_SECOND } from './search-pace'

/** Searches by `user` at one instant until the first refusal: how many were let through, and that refusal. */
function untilRefused(pace: ReturnType<typeof createSearchPace>, user: string) {
  for (let allowed = 0; allowed < 100_000; allowed++) {
    const verdict = pace.attempt(user)
    if (!verdict.allowed) return { allowed, verdict }
  }
  throw new Error('never refused')
}

describe('the search pace', () => {
  it('lets a burst through, then pauses; the pause doubles for each repeat within the hour, up to its longest', () => {
    const clock = manualClock()
    const pace = createSearchPace(clock)
    const pauses: number[] = []
    for (let burst = 0; burst < 8; burst++) {
      const { allowed, verdict } = untilRefused(pace, 'ravi')
      expect(allowed).toBe(SEARCH_BURST)
      expect(verdict).toMatchObject({ allowed: false, firstOfBurst: true })
      if (!verdict.allowed) pauses.push(verdict.pauseMs)
      // Refused quietly for the rest of the pause.
      clock.advance(1000)
      expect(pace.attempt('ravi')).toMatchObject({ allowed: false, firstOfBurst: false })
      clock.advance((pauses.at(-1) as number) - 1000)
    }
    expect(pauses).toEqual([1, 2, 4, 8, 16, 30, 30, 30].map((times) => Math.min(SEARCH_PAUSE_MS * times, SEARCH_PAUSE_LONGEST_MS)))
    // Another user is counted on their own.
    expect(pace.attempt('asha')).toEqual({ allowed: true })
    // A quiet hour forgets the repeats: the next pause is the first one again.
    clock.advance(61 * 60_000)
    expect(untilRefused(pace, 'ravi').verdict).toMatchObject({ pauseMs: SEARCH_PAUSE_MS })
  })

  it('refills at its steady rate: that rate, for ever, is never refused', () => {
    const clock = manualClock()
    const pace = createSearchPace(clock)
    for (let i = 0; i < 10 * SEARCH_BURST; i++) {
      clock.advance(1000 / SEARCHES_PER_SECOND)
      expect(pace.attempt('ravi')).toEqual({ allowed: true })
    }
  })

  it('a clock set back does not make a pause longer than its longest', () => {
    const clock = manualClock('2026-11-24T05:00:00.000Z')
    const pace = createSearchPace(clock)
    untilRefused(pace, 'ravi')
    clock.set('2026-11-20T05:00:00.000Z')
    expect(pace.attempt('ravi')).toEqual({ allowed: true })
  })
})
