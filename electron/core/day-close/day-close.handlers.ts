import type { DayCloseRecord, Takings } from '../../../db/day-close/day-close.repository'
import { DomainError, notFound, validationError } from '../../../db/errors'
import { formatInZone, salonDate } from '../../../db/zoned-time'
import { CASH_DENOMINATIONS, type CashDenomination } from '../../../vocabulary'
import type { HandlerContext, HandlersFor } from '../context'
import type { DayClose, DayTakings, MethodTakings } from './day-close.shapes'
import { openDaysBefore, windowFor } from './day-window'

const DEFAULT_PAGE = 30

const zoned = (stored: string | null, zone: string) => (stored === null ? null : formatInZone(stored, zone))

function methods(takings: Takings['by_method']): MethodTakings[] {
  return takings.map((taking) => ({ method: taking.method, sales: taking.sales, refunds: taking.refunds, net: taking.sales - taking.refunds }))
}

function takingsFor(ctx: HandlerContext, day: string): DayTakings {
  const zone = ctx.zone()
  const window = windowFor(ctx.store.dayCloses, zone, ctx.clock(), day)
  const takings = ctx.store.dayCloses.takings(window.from, window.until.toISOString())
  const byMethod = methods(takings.by_method)
  return {
    business_day: day,
    covers_from: zoned(window.from, zone),
    covers_until: formatInZone(window.until, zone),
    sales_count: takings.sales_count,
    refunds_count: takings.refunds_count,
    sales_total: takings.sales_total,
    refunds_total: takings.refunds_total,
    net: takings.sales_total - takings.refunds_total,
    by_method: byMethod,
    cash_net: byMethod.find((taking) => taking.method === 'cash')?.net ?? 0,
    suggested_float: ctx.store.dayCloses.last()?.opening_float ?? 0,
    blocker: window.blocker?.message ?? null,
  }
}

function dayCloseFor(record: DayCloseRecord, zone: string): DayClose {
  const byMethod = methods(record.by_method)
  return {
    id: record.id,
    business_day: record.business_day,
    covers_from: zoned(record.covers_from, zone),
    covers_until: formatInZone(record.covers_until, zone),
    closed_at: formatInZone(record.closed_at, zone),
    closed_by: record.closed_by,
    closed_by_name: record.closed_by_name,
    sales_count: record.sales_count,
    refunds_count: record.refunds_count,
    sales_total: record.sales_total,
    refunds_total: record.refunds_total,
    net: record.sales_total - record.refunds_total,
    by_method: byMethod,
    cash_net: byMethod.find((taking) => taking.method === 'cash')?.net ?? 0,
    opening_float: record.opening_float,
    expected_cash: record.expected_cash,
    counted_cash: record.counted_cash,
    difference: record.difference,
    reason: record.reason,
    denominations: record.denominations ? (JSON.parse(record.denominations) as Partial<Record<CashDenomination, number>>) : null,
  }
}

/** Notes and coins counted, in paise. */
const countedFrom = (denominations: Partial<Record<CashDenomination, number>>) =>
  CASH_DENOMINATIONS.reduce((sum, note) => sum + Number(note) * 100 * (denominations[note] ?? 0), 0)

export const dayCloseHandlers: HandlersFor<'days.status' | 'days.takings' | 'days.close' | 'days.list' | 'days.get'> = {
  'days.status': (ctx) => {
    const zone = ctx.zone()
    const today = salonDate(ctx.clock(), zone)
    const last = ctx.store.dayCloses.last()
    return { today, last_closed_day: last?.business_day ?? null, today_closed: last?.business_day === today, unclosed_days: openDaysBefore(ctx.store.dayCloses, zone, today) }
  },

  'days.takings': (ctx, input) => takingsFor(ctx, input.day ?? salonDate(ctx.clock(), ctx.zone())),

  'days.close': (ctx, input) => {
    const zone = ctx.zone()
    const window = windowFor(ctx.store.dayCloses, zone, ctx.clock(), input.day)
    if (window.blocker) throw window.blocker.code === 'CONFLICT' ? new DomainError('CONFLICT', window.blocker.message) : validationError({ day: window.blocker.message }, window.blocker.message)
    const counted = input.denominations ? countedFrom(input.denominations) : input.counted_cash
    if (counted === undefined) throw validationError({ counted_cash: 'Enter the cash counted in the drawer, as a total or note by note.' })
    if (input.denominations && input.counted_cash !== undefined && input.counted_cash !== counted) {
      throw validationError({ counted_cash: 'The total does not match the notes and coins counted.' })
    }
    const until = window.until.toISOString()
    const takings = ctx.store.dayCloses.takings(window.from, until)
    const cashNet = takings.by_method.find((taking) => taking.method === 'cash')
    const expected = input.opening_float + (cashNet ? cashNet.sales - cashNet.refunds : 0)
    const reason = input.reason?.trim() || null
    if (counted !== expected && !reason) throw validationError({ reason: 'The cash counted differs from what is expected: say why (for example, change given from the float).' })
    const closed = ctx.mutate(
      (w) =>
        w.dayCloses.close({
          business_day: input.day,
          covers_from: window.from,
          covers_until: until,
          closed_by: ctx.actor.user_id,
          takings,
          opening_float: input.opening_float,
          expected_cash: expected,
          counted_cash: counted,
          reason: counted === expected ? null : reason,
          denominations: input.denominations ?? null,
        }),
      (record) => ({ action: 'day.close', target_id: record.id }),
    )
    return dayCloseFor(closed, zone)
  },

  'days.list': (ctx, input) => {
    const zone = ctx.zone()
    const limit = input.limit ?? DEFAULT_PAGE
    const rows = ctx.store.dayCloses.page(limit + 1, input.before)
    const page = rows.slice(0, limit)
    return { items: page.map((record) => dayCloseFor(record, zone)), next: rows.length > limit ? (page[page.length - 1]?.business_day ?? null) : null }
  },

  'days.get': (ctx, input) => {
    const record = ctx.store.dayCloses.get(input.id)
    if (!record) throw notFound('Closed day')
    return dayCloseFor(record, ctx.zone())
  },
}
