import { describe, expect, it } from 'vitest'
import { compareHlc, hlcReceive, hlcTick, hlcToString, parseHlc, type Hlc } from '../../vocabulary/hlc'

const DESK = '01JF3Q6Z9V8W7X6Y5Z4A3B2C1D'
const at = (iso: string) => Date.parse(iso)

describe('the hybrid logical clock', () => {
  it('follows the wall clock, and counts events within one millisecond', () => {
    const start: Hlc = { ms: at('2026-12-06T10:00:00.000Z'), counter: 0, desk: DESK }
    const later = hlcTick(start, at('2026-12-06T10:00:01.000Z'))
    expect(later).toEqual({ ms: at('2026-12-06T10:00:01.000Z'), counter: 0, desk: DESK })
    const same = hlcTick(later, at('2026-12-06T10:00:01.000Z'))
    expect(same.counter).toBe(1)
    expect(compareHlc(same, later)).toBeGreaterThan(0)
  })

  it('never goes backwards when the wall clock is set back', () => {
    let clock: Hlc = { ms: at('2026-12-06T10:00:00.000Z'), counter: 0, desk: DESK }
    const seen = [clock]
    for (const wall of ['2026-12-06T09:00:00.000Z', '2026-12-05T10:00:00.000Z', '2026-12-06T10:00:00.000Z', '2026-12-06T10:00:00.001Z']) {
      clock = hlcTick(clock, at(wall))
      seen.push(clock)
    }
    for (let i = 1; i < seen.length; i++) expect(compareHlc(seen[i] as Hlc, seen[i - 1] as Hlc)).toBeGreaterThan(0)
    expect(seen.map(hlcToString)).toEqual([...seen.map(hlcToString)].sort())
  })

  it('moves past a remote clock, even one ahead of the wall', () => {
    const ours: Hlc = { ms: at('2026-12-06T10:00:00.000Z'), counter: 3, desk: DESK }
    const theirs: Hlc = { ms: at('2026-12-06T10:05:00.000Z'), counter: 7, desk: 'OTHERDESK' }
    const next = hlcReceive(ours, theirs, at('2026-12-06T10:00:00.500Z'))
    expect(compareHlc(next, theirs)).toBeGreaterThan(0)
    expect(next).toEqual({ ms: theirs.ms, counter: 8, desk: DESK })
    expect(hlcReceive(ours, { ...theirs, ms: at('2026-12-06T09:00:00.000Z') }, at('2026-12-06T10:00:01.000Z'))).toEqual({ ms: at('2026-12-06T10:00:01.000Z'), counter: 0, desk: DESK })
  })

  it('breaks ties by desk id, and reads back what it writes', () => {
    const a: Hlc = { ms: 1_000, counter: 2, desk: 'A' }
    expect(compareHlc(a, { ...a, desk: 'B' })).toBeLessThan(0)
    const text = hlcToString({ ms: at('2026-12-06T21:45:00.123Z'), counter: 10, desk: DESK })
    expect(text).toBe(`2026-12-06T21:45:00.123Z-000a-${DESK}`)
    expect(parseHlc(text)).toEqual({ ms: at('2026-12-06T21:45:00.123Z'), counter: 10, desk: DESK })
    expect(parseHlc('not a clock')).toBeNull()
  })

  it('borrows the next millisecond rather than overflow its counter', () => {
    const full: Hlc = { ms: 5_000, counter: 0xffff, desk: DESK }
    expect(hlcTick(full, 4_000)).toEqual({ ms: 5_001, counter: 0, desk: DESK })
  })
})
