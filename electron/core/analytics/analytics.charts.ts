import { monthsBetween, salesBetween } from '../../../db/bills/sales-by-month'
import { addDays, formatInZone, salonDate, startOfSalonDay } from '../../../db/zoned-time'
import type { Handler } from '../context'
import type { BirthdayEntry, MonthlyFigures } from './analytics.shapes'
import { customerContactFor } from '../customers/customers.projection'

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * The salon days from today for `days` days, as the `MM-DD` of birthdays to look for. In a
 * year without 29 February, those born on it are greeted on the 28th.
 */
export function birthdayWindow(today: string, days: number): Map<string, { date: string; offset: number }> {
  const window = new Map<string, { date: string; offset: number }>()
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(today, offset)
    const monthDay = date.slice(5)
    window.set(monthDay, { date, offset })
    if (monthDay === '02-28' && !isLeapYear(Number(date.slice(0, 4)))) window.set('02-29', { date, offset })
  }
  return window
}

export const birthdays: Handler<'analytics.birthdays'> = (ctx, input) => {
  const zone = ctx.zone()
  const window = birthdayWindow(salonDate(ctx.clock(), zone), input.days ?? 7)
  const found = ctx.store.customerAnalytics.withBirthdayOn([...window.keys()])
  const entries: BirthdayEntry[] = found.map((record) => {
    const slot = window.get(record.date_of_birth.slice(5)) as { date: string; offset: number }
    return { ...customerContactFor(ctx.actor.role, record, zone), date_of_birth: record.date_of_birth, birthday: slot.date, days_until: slot.offset }
  })
  return entries.sort((a, b) => a.days_until - b.days_until || a.full_name.localeCompare(b.full_name, 'en-IN'))
}

/** `YYYY-MM` shifted by whole months. */
function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (mon - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const monthly: Handler<'analytics.monthly'> = (ctx, input) => {
  const months = input.months ?? 12
  const current = salonDate(ctx.clock(), ctx.zone()).slice(0, 7)
  const first = shiftMonth(current, -(months - 1))
  const rows = new Map(monthsBetween(ctx.store.db, first, current).map((row) => [row.month, row]))
  const figures: MonthlyFigures[] = []
  for (let i = 0; i < months; i++) {
    const month = shiftMonth(first, i)
    const row = rows.get(month)
    figures.push({
      month,
      revenue: row?.revenue ?? 0,
      visits: row?.visits ?? 0,
      new_customers: row?.new_customers ?? 0,
      returning_customers: row?.returning_customers ?? 0,
    })
  }
  return figures
}

/** This month so far, and last month over the same time from its start (cut at its end). */
export const monthToDate: Handler<'analytics.monthToDate'> = (ctx) => {
  const zone = ctx.zone()
  const now = ctx.clock()
  const today = salonDate(now, zone)
  const month = today.slice(0, 7)
  const previousMonth = shiftMonth(month, -1)
  const monthStart = startOfSalonDay(`${month}-01`, zone)
  const previousStart = startOfSalonDay(`${previousMonth}-01`, zone)
  const previousUntil = new Date(Math.min(previousStart.getTime() + (now.getTime() - monthStart.getTime()), monthStart.getTime()))
  const current = salesBetween(ctx.store.db, monthStart.toISOString(), new Date(now.getTime() + 1).toISOString())
  const previous = salesBetween(ctx.store.db, previousStart.toISOString(), previousUntil.toISOString())
  return {
    days: Number(today.slice(8, 10)),
    current: { month, ...current },
    previous: { month: previousMonth, until: formatInZone(previousUntil, zone), ...previous },
  }
}
