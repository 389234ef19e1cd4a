import type { CashDenomination } from '../../vocabulary'
import { PAYMENT_METHODS } from '../../vocabulary'
import type { Clock } from '../clock'
import { toStoredTime } from '../clock'
import type { IdFactory } from '../ids'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { DayCloseRow, DayCloseTakingsRow } from './day-close.table'

/** What bills took in a stretch of time: counts and totals (paise), and per payment method. */
export type Takings = Pick<DayCloseRow, 'sales_count' | 'refunds_count' | 'sales_total' | 'refunds_total'> & { by_method: Omit<DayCloseTakingsRow, 'close_id'>[] }

export type DayCloseRecord = DayCloseRow & { by_method: DayCloseTakingsRow[]; closed_by_name: string | null }

/** A close as the counter makes it: the row's own fields (id, time and desk are the store's), its takings and the notes counted. */
export type NewDayClose = Pick<DayCloseRow, 'business_day' | 'covers_from' | 'covers_until' | 'closed_by' | 'opening_float' | 'expected_cash' | 'counted_cash' | 'reason'> & {
  takings: Takings
  denominations: Partial<Record<CashDenomination, number>> | null
}

export type DayCloseRepository = ReturnType<typeof createDayCloseRepository>

/**
 * Closed days: written once (triggers refuse changes), each covering the bills after the one before.
 * Each desk closes its own drawer (SYNC.md, "Day close"): one close per desk and business day, over
 * the bills this desk posted; a bill another desk posted is counted in that desk's close.
 */
export function createDayCloseRepository({ db, writer, deskCode, clock, newId }: { db: Db; writer: Writer; deskCode: () => string; clock: Clock; newId: IdFactory }) {
  const { sync } = db

  const withTakings = (row: DayCloseRow): DayCloseRecord => ({
    ...row,
    by_method: (sync.prepare(`SELECT * FROM day_close_takings WHERE close_id = ?`).all(row.id) as DayCloseTakingsRow[]).sort(
      (a, b) => PAYMENT_METHODS.indexOf(a.method) - PAYMENT_METHODS.indexOf(b.method),
    ),
    closed_by_name: (sync.prepare(`SELECT name FROM users WHERE id = ?`).pluck().get(row.closed_by) as string | undefined) ?? null,
  })

  return {
    /** The newest close, by what it covers. */
    last(): DayCloseRow | undefined {
      return sync.prepare(`SELECT * FROM day_closes WHERE desk = ? ORDER BY covers_until DESC LIMIT 1`).get(deskCode()) as DayCloseRow | undefined
    },

    /** Takings of the bills posted in (from, until]: sales and refunds (credit notes), by payment method. */
    takings(from: string | null, until: string): Takings {
      const totals = sync
        .prepare(
          `SELECT coalesce(sum(kind = 'sale'), 0) AS sales_count, coalesce(sum(kind = 'refund'), 0) AS refunds_count,
                  coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total END), 0) AS sales_total,
                  coalesce(sum(CASE kind WHEN 'refund' THEN rounded_total END), 0) AS refunds_total
             FROM bills WHERE desk = ? AND posted_at > coalesce(?, '') AND posted_at <= ?`,
        )
        .get(deskCode(), from, until) as Omit<Takings, 'by_method'>
      const rows = sync
        .prepare(
          `SELECT p.method, coalesce(sum(CASE b.kind WHEN 'sale' THEN p.amount END), 0) AS sales, coalesce(sum(CASE b.kind WHEN 'refund' THEN p.amount END), 0) AS refunds
             FROM bills b JOIN bill_payments p ON p.bill_id = b.id WHERE b.desk = ? AND b.posted_at > coalesce(?, '') AND b.posted_at <= ? GROUP BY p.method`,
        )
        .all(deskCode(), from, until) as Takings['by_method']
      const found = new Map(rows.map((row) => [row.method, row]))
      return { ...totals, by_method: PAYMENT_METHODS.map((method) => found.get(method) ?? { method, sales: 0, refunds: 0 }) }
    },

    /** When the first bill posted in (from, until) was posted, if any. */
    firstBillAfter(from: string | null, until: string): string | undefined {
      return sync.prepare(`SELECT posted_at FROM bills WHERE desk = ? AND posted_at > coalesce(?, '') AND posted_at < ? ORDER BY posted_at LIMIT 1`).pluck().get(deskCode(), from, until) as string | undefined
    },

    /** Writes a close and its takings; call on the mutation path (one transaction). */
    close(input: NewDayClose): DayCloseRecord {
      const id = newId()
      writer.insert('day_closes', {
        id,
        business_day: input.business_day,
        covers_from: input.covers_from,
        covers_until: input.covers_until,
        closed_at: toStoredTime(clock()),
        closed_by: input.closed_by,
        sales_count: input.takings.sales_count,
        refunds_count: input.takings.refunds_count,
        sales_total: input.takings.sales_total,
        refunds_total: input.takings.refunds_total,
        opening_float: input.opening_float,
        expected_cash: input.expected_cash,
        counted_cash: input.counted_cash,
        difference: input.counted_cash - input.expected_cash,
        reason: input.reason,
        denominations: input.denominations ? JSON.stringify(input.denominations) : null,
        desk: deskCode(),
      })
      for (const taking of input.takings.by_method) writer.insert('day_close_takings', { close_id: id, method: taking.method, sales: taking.sales, refunds: taking.refunds })
      return this.get(id) as DayCloseRecord
    },

    get(id: string): DayCloseRecord | undefined {
      const row = sync.prepare(`SELECT * FROM day_closes WHERE id = ?`).get(id) as DayCloseRow | undefined
      return row ? withTakings(row) : undefined
    },

    /** This desk's closes, newest first, paged by business day. */
    page(limit: number, beforeDay?: string): DayCloseRecord[] {
      const rows = sync.prepare(`SELECT * FROM day_closes WHERE desk = ? AND business_day < coalesce(?, '9999') ORDER BY business_day DESC LIMIT ?`).all(deskCode(), beforeDay ?? null, limit) as DayCloseRow[]
      return rows.map(withTakings)
    },
  }
}
