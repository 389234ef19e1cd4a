import { toStoredTime } from '../../../db/clock'
import { addDays, formatInZone, salonDate, startOfSalonDay } from '../../../db/zoned-time'
import type { HandlersFor } from '../context'
import { isActiveStylist, stylistsFirst, worksHere } from '../../../vocabulary'
import type { StylistMonth, StylistReport } from './stylists.shapes'

/** n × m / d rounded half up, in integers (paise × basis points can pass 2^53). */
const mulDivHalfUp = (n: number, m: number, d: number): number => {
  if (d === 0) return 0
  const sign = n < 0 ? -1 : 1
  const product = BigInt(Math.abs(n)) * BigInt(m)
  return sign * Number((2n * product + BigInt(d)) / (2n * BigInt(d)))
}

const nextMonth = (month: string): string => {
  const [year = 0, number = 1] = month.split('-').map(Number)
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
}

export const stylistsHandlers: HandlersFor<'stylists.list' | 'stylists.report' | 'stylists.myDay'> = {
  'stylists.list': (ctx) =>
    ctx.store.users
      .list()
      .filter(worksHere)
      .sort(stylistsFirst)
      .map((user) => ({ id: user.id, name: user.name, role: user.role })),

  'stylists.report': (ctx, input): StylistReport => {
    const zone = ctx.zone()
    const from = toStoredTime(startOfSalonDay(`${input.month}-01`, zone))
    const to = toStoredTime(startOfSalonDay(`${nextMonth(input.month)}-01`, zone))
    const figures = new Map(ctx.store.stylists.month(from, to).map((row) => [row.stylist_id, row]))
    // Every active member of staff has a row, with or without work; anyone else only with work.
    const users = ctx.store.users.list().filter((user) => figures.has(user.id) || isActiveStylist(user))
    const stylists = users
      .map((user): StylistMonth => {
        const row = figures.get(user.id)
        const revenue = row?.revenue ?? 0
        const bills = row?.bills ?? 0
        const customers = row?.customers ?? 0
        const returning = row?.returning_customers ?? 0
        return {
          stylist_id: user.id,
          name: user.name,
          role: user.role,
          active: user.active === 1,
          services_done: row?.services_done ?? 0,
          bills,
          revenue,
          average_bill: mulDivHalfUp(revenue, 1, bills),
          customers,
          returning_customers: returning,
          returning_share_bp: mulDivHalfUp(returning, 10_000, customers),
          commission_bp: user.commission_bp,
          commission_due: mulDivHalfUp(revenue, user.commission_bp, 10_000),
        }
      })
      .sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name))
    const sum = (pick: (row: StylistMonth) => number) => stylists.reduce((total, row) => total + pick(row), 0)
    return { month: input.month, stylists, services_done: sum((row) => row.services_done), revenue: sum((row) => row.revenue), commission_due: sum((row) => row.commission_due) }
  },

  'stylists.myDay': (ctx) => {
    const zone = ctx.zone()
    const today = salonDate(ctx.clock(), zone)
    const from = toStoredTime(startOfSalonDay(today, zone))
    const to = toStoredTime(startOfSalonDay(addDays(today, 1), zone))
    const lines = ctx.store.stylists.day(ctx.actor.user_id, from, to)
    return {
      date: today,
      services_done: lines.reduce((sum, line) => sum + line.quantity, 0),
      services: lines.map((line) => ({ name: line.name, quantity: line.quantity, at: formatInZone(line.posted_at, zone) })),
    }
  },
}
