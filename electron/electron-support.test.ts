import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Electron supports its latest three stable majors; a major reaches its end of support the day
 * the third major after it is released, and a new major comes every 8 weeks (Electron's release
 * timelines: https://www.electronjs.org/docs/latest/tutorial/electron-timelines, schedule at
 * https://releases.electronjs.org/schedule). Dates for 39–44 as published there, taken from
 * endoflife.date's copy of that schedule
 * (https://github.com/endoflife-date/endoflife.date/blob/1829b0cbabc9ad283828bccc5253de952007019e/products/electron.md).
 * 45–48 were not yet published there: their end of support is the stable day of the major three
 * after, counted on in 8-week steps from 47's stable day (2027-03-02, the day 44's support ends).
 * When a date here is published, put the real one in; when Electron is upgraded, add its major.
 */
const END_OF_SUPPORT: Record<number, { date: string; derived?: true }> = {
  39: { date: '2026-05-05' },
  40: { date: '2026-06-30' },
  41: { date: '2026-08-25' },
  42: { date: '2026-10-20' },
  43: { date: '2027-01-05' },
  44: { date: '2027-03-02' },
  45: { date: '2027-04-27', derived: true }, // 48.0.0 stable: 47.0.0 (2027-03-02) + 8 weeks
  46: { date: '2027-06-22', derived: true }, // 49.0.0 stable
  47: { date: '2027-08-17', derived: true }, // 50.0.0 stable
  48: { date: '2027-10-12', derived: true }, // 51.0.0 stable
}

const pinned = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? ''

describe('the pinned Electron', () => {
  it('is pinned to one exact version', () => {
    expect(pinned, 'package.json pins electron to an exact version (no ^ or ~): the installers are built and tested on one').toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('is still supported by the Electron team (its major has not reached its end of support)', () => {
    const major = Number(pinned.split('.')[0])
    const support = END_OF_SUPPORT[major]
    expect(support, `Electron ${major} (package.json pins ${pinned}) is not in END_OF_SUPPORT in ${import.meta.filename}: add its end-of-support date from https://releases.electronjs.org/schedule`).toBeDefined()
    if (!support) return
    // The real date on purpose: the point is to notice that time has passed the pinned version by.
    const today = new Date().toISOString().slice(0, 10)
    expect(
      today < support.date,
      `Electron ${major} (pinned ${pinned}) reached its end of support on ${support.date}${support.derived ? ' (a date counted from the 8-week cadence: check https://releases.electronjs.org/schedule)' : ''}. It gets no more security fixes: upgrade "electron" in package.json to a supported major, run the tests (npm test) and the Electron launch test on a machine with Electron, then add the new major's date here.`,
    ).toBe(true)
  })
})
