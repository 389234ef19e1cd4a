import { describe, expect, it } from 'vitest'
import { manualClock } from '../../../test/helpers/temp'
import { createSearchPace, SEARCH_BURST, SEARCH_PAUSE_LONGEST_MS, SEARCH_PAUSE_MS, SEARCHES_PER_HOUR, SEARCHES_PER_SECOND } from './search-pace'

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

  it('refills at its steady rate: that rate, for minutes, is never refused', () => {
    const clock = manualClock()
    const pace = createSearchPace(clock)
    for (let i = 0; i < 10 * SEARCH_BURST; i++) {
      clock.advance(1000 / SEARCHES_PER_SECOND)
      expect(pace.attempt('ravi')).toEqual({ allowed: true })
    }
  })

  it('pauses a script that paces itself just under the per-second rate once it passes the hour’s budget', () => {
    const clock = manualClock()
    const pace = createSearchPace(clock)
    let searches = 0
    for (;;) {
      clock.advance(1000 / (SEARCHES_PER_SECOND - 1))
      const verdict = pace.attempt('script')
      if (!verdict.allowed) {
        expect(verdict).toMatchObject({ firstOfBurst: true, pauseMs: SEARCH_PAUSE_MS })
        break
      }
      searches++
      if (searches > 2 * SEARCHES_PER_HOUR) throw new Error('never paused')
    }
    // It drains the hour's budget net of its refill: well within ten minutes.
    expect(searches).toBeGreaterThan(SEARCHES_PER_HOUR)
    expect(searches).toBeLessThan(SEARCHES_PER_HOUR * 1.1)
  })

  it('never pauses a busy receptionist: ten-a-second bursts of typing, a search a second on average, all day', () => {
    const clock = manualClock()
    const pace = createSearchPace(clock)
    for (let minute = 0; minute < 8 * 60; minute++) {
      // 60 searches in the first 6 seconds of each minute (a name typed fast, again and again), then quiet.
      for (let i = 0; i < 60; i++) {
        clock.advance(100)
        expect(pace.attempt('asha')).toEqual({ allowed: true })
      }
      clock.advance(60_000 - 6_000)
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
