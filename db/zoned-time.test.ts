import { describe, expect, it } from 'vitest'
import { addDays, formatInZone, offsetMinutes, salonDate, startOfSalonDay, wallClock } from './zoned-time'

describe('salon time', () => {
  it('formats stored UTC times with the zone’s offset', () => {
    expect(formatInZone('2025-10-10T09:00:00.000Z', 'Asia/Kolkata')).toBe('2025-10-10T14:30:00+05:30')
    expect(formatInZone('2025-10-10T18:29:59.999Z', 'Asia/Kolkata')).toBe('2025-10-10T23:59:59+05:30')
    expect(formatInZone('2025-10-10T18:30:00.000Z', 'Asia/Kolkata')).toBe('2025-10-11T00:00:00+05:30')
    expect(formatInZone('2025-10-10T09:00:00.000Z', 'Asia/Kathmandu')).toBe('2025-10-10T14:45:00+05:45')
    expect(formatInZone('2025-10-10T09:00:00.000Z', 'America/St_Johns')).toBe('2025-10-10T06:30:00-02:30')
  })

  it('agrees with Intl on every quarter hour around daylight-saving changes (the offset cache never straddles one)', () => {
    for (const [zone, from] of [
      ['Europe/London', '2026-03-29T00:00:00Z'],
      ['Europe/London', '2026-10-25T00:00:00Z'],
      ['America/St_Johns', '2026-03-08T02:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
    ] as const) {
      for (let minute = 0; minute < 6 * 60; minute += 1) {
        const date = new Date(new Date(from).getTime() + minute * 60_000 + 17_000)
        const wall = wallClock(date, zone)
        const offset = offsetMinutes(date, zone)
        const expected = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}T${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}:${String(wall.second).padStart(2, '0')}`
        expect(formatInZone(date, zone).slice(0, 19), `${zone} ${date.toISOString()} offset ${offset}`).toBe(expected)
      }
    }
  })

  it('finds salon days and their starts', () => {
    expect(salonDate(new Date('2026-11-24T18:29:00Z'), 'Asia/Kolkata')).toBe('2026-11-24')
    expect(salonDate(new Date('2026-11-24T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-25')
    expect(startOfSalonDay('2026-11-25', 'Asia/Kolkata').toISOString()).toBe('2026-11-24T18:30:00.000Z')
    expect(startOfSalonDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z')
    expect(startOfSalonDay('2026-10-26', 'Europe/London').toISOString()).toBe('2026-10-26T00:00:00.000Z')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})
