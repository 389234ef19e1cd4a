import { toStoredTime } from '../../../db/clock'
import { addDays, salonDate, startOfSalonDay } from '../../../db/zoned-time'
import type { HandlersFor } from '../context'
import { customerContactFor } from '../customers/customers.projection'
import { birthdays, monthly, monthToDate } from './analytics.charts'

export const DEFAULT_TOP = 10
export const DEFAULT_INACTIVE_DAYS = 30
export const DEFAULT_INACTIVE_LIMIT = 50

/**
 * The cutoff for "not visited in N days": the start of the salon day N days ago. With N = 30 on
 * 24 Nov, anyone last seen before 25 Oct 00:00 (salon time) has not been in for 30 days.
 */
export function notSeenCutoff(now: Date, days: number, zone: string): string {
  return toStoredTime(startOfSalonDay(addDays(salonDate(now, zone), -days), zone))
}

export const analyticsHandlers: HandlersFor<'analytics.topCustomers' | 'analytics.inactiveCustomers' | 'analytics.birthdays' | 'analytics.monthly' | 'analytics.monthToDate'> = {
  'analytics.birthdays': birthdays,
  'analytics.monthly': monthly,
  'analytics.monthToDate': monthToDate,

  'analytics.topCustomers': (ctx, input) => {
    const zone = ctx.zone()
    return ctx.store.customerAnalytics.topBySpend(input.limit ?? DEFAULT_TOP).map((record) => customerContactFor(ctx.actor.role, record, zone))
  },

  'analytics.inactiveCustomers': (ctx, input) => {
    const zone = ctx.zone()
    const cutoff = notSeenCutoff(ctx.clock(), input.days ?? DEFAULT_INACTIVE_DAYS, zone)
    return ctx.store.customerAnalytics
      .notSeenSince(cutoff, input.limit ?? DEFAULT_INACTIVE_LIMIT)
      .map((record) => customerContactFor(ctx.actor.role, record, zone))
  },
}
