import type { ReadStore } from '../../../db/store-views'

type DayCloseReads = ReadStore['dayCloses']
import { addDays, salonDate, startOfSalonDay } from '../../../db/zoned-time'

/** How many earlier open days the counter is told about at most. */
const MAX_OPEN_DAYS = 31

export type DayWindow = {
  /** The previous close's cover (exclusive), or null. */
  from: string | null
  /** The last moment covered (inclusive). */
  until: Date
  blocker: { code: 'VALIDATION' | 'CONFLICT'; message: string } | null
}

const dayName = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-IN', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'short' })

/**
 * Salon days before `beforeDay` with bills no close covers. Bills posted after a close on its own
 * day belong to the next close, so the last closed day itself never counts as open. Before the
 * first close ever, only the day before counts: the first close covers all the history before it.
 */
export function openDaysBefore(closes: DayCloseReads, zone: string, beforeDay: string): string[] {
  const last = closes.last()
  const endOf = (day: string) => new Date(startOfSalonDay(addDays(day, 1), zone).getTime() - 1).toISOString()
  let cursor = last ? maxIso(last.covers_until, endOf(last.business_day)) : endOf(addDays(beforeDay, -2))
  const end = startOfSalonDay(beforeDay, zone).toISOString()
  const days: string[] = []
  while (days.length < MAX_OPEN_DAYS) {
    const next = closes.firstBillAfter(cursor, end)
    if (!next) break
    const day = salonDate(new Date(next), zone)
    days.push(day)
    cursor = endOf(day)
  }
  return days
}

const maxIso = (a: string, b: string) => (a > b ? a : b)

/** What closing `day` now would cover, or why it cannot be closed now. */
export function windowFor(closes: DayCloseReads, zone: string, now: Date, day: string): DayWindow {
  const today = salonDate(now, zone)
  const last = closes.last()
  const from = last?.covers_until ?? null
  const until = day === today ? now : new Date(startOfSalonDay(addDays(day, 1), zone).getTime() - 1)
  if (day > today) return { from, until, blocker: { code: 'VALIDATION', message: 'A day that has not come yet cannot be closed.' } }
  if (last && day === last.business_day) return { from, until, blocker: { code: 'CONFLICT', message: `${dayName(day)} is closed already. Bills posted since go to the next day’s close.` } }
  if (last && day < last.business_day) return { from, until, blocker: { code: 'CONFLICT', message: `A later day (${dayName(last.business_day)}) is closed already.` } }
  const earlier = openDaysBefore(closes, zone, day)[0]
  if (earlier) return { from, until, blocker: { code: 'CONFLICT', message: `${dayName(earlier)} has bills that are not closed yet: close that day first.` } }
  return { from, until, blocker: null }
}
