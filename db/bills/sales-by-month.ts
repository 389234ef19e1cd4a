import { startOfSalonDay } from '../zoned-time'
import type { ReadDb } from '../store-views'
import type { Writer } from '../sync/writer'
import type { SalesByMonthRow } from './sales-by-month.table'
import type { CustomerRow } from '../customers/customers.table'

/**
 * The owner's monthly figures, kept current as bills post (one upsert per bill) so charts never
 * scan millions of bills. "New" customers had their first ever sale that month; "returning"
 * ones had visited before and came back that month (counted once per month).
 */
export function recordSaleInMonth(
  writer: Writer,
  month: string,
  amount: number,
  customerBefore: Pick<CustomerRow, 'total_visits' | 'last_visit_at'> | undefined,
  monthStartedAt: string,
): void {
  const isNew = customerBefore !== undefined && customerBefore.total_visits === 0
  const isReturning =
    customerBefore !== undefined && customerBefore.total_visits > 0 && (customerBefore.last_visit_at === null || customerBefore.last_visit_at < monthStartedAt)
  writer.unsynced
    .prepare(
      `INSERT INTO sales_by_month (month, revenue, visits, new_customers, returning_customers) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT (month) DO UPDATE SET revenue = revenue + excluded.revenue, visits = visits + 1,
         new_customers = new_customers + excluded.new_customers, returning_customers = returning_customers + excluded.returning_customers`,
    )
    .run(month, amount, isNew ? 1 : 0, isReturning ? 1 : 0)
}

export function recordRefundInMonth(writer: Writer, month: string, amount: number): void {
  writer.unsynced
    .prepare(`INSERT INTO sales_by_month (month, revenue) VALUES (?, ?) ON CONFLICT (month) DO UPDATE SET revenue = revenue + excluded.revenue`)
    .run(month, -amount)
}

/**
 * Revenue (sales less refunds, as the monthly figures count it) and visits (sales) posted in
 * [from, until): a range scan of the bills' time index, for comparing part of a month with the
 * same part of another.
 */
export function salesBetween(db: ReadDb, from: string, until: string): Pick<MonthRow, 'revenue' | 'visits'> {
  const row = db.sync
    .prepare(
      `SELECT coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END), 0) AS revenue,
              coalesce(sum(kind = 'sale'), 0) AS visits
         FROM bills WHERE posted_at >= ? AND posted_at < ?`,
    )
    .get(from, until) as Pick<MonthRow, 'revenue' | 'visits'>
  return row
}

/** One month's figures, as the sales_by_month table holds them. */
export type MonthRow = SalesByMonthRow

export function monthsBetween(db: ReadDb, first: string, last: string): MonthRow[] {
  return db.sync.prepare(`SELECT * FROM sales_by_month WHERE month BETWEEN ? AND ? ORDER BY month`).all(first, last) as MonthRow[]
}

/** The stored-time bounds of a salon month (`2026-11`): from its first midnight to the next month's. */
export function monthBounds(month: string, timeZone: string): { from: string; until: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`
  return { from: startOfSalonDay(`${month}-01`, timeZone).toISOString(), until: startOfSalonDay(`${next}-01`, timeZone).toISOString() }
}

/**
 * One month's figures as its bills give them, whatever order they arrived in: revenue (sales less
 * refunds) and visits (sales) posted in the month; "new", the customers whose first sale ever
 * falls in it; "returning", those with a sale in it and one before it (each once). Posting keeps
 * the row current one bill at a time (recordSaleInMonth, which agrees when bills come in time
 * order); bills from elsewhere (a replayed outbox, later a pull) recompute the months they touch.
 */
export function monthFromBills(db: ReadDb, month: string, timeZone: string): MonthRow {
  const { from, until } = monthBounds(month, timeZone)
  const money = db.sync
    .prepare(
      `SELECT coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END), 0) AS revenue, coalesce(sum(kind = 'sale'), 0) AS visits
         FROM bills WHERE posted_at >= ? AND posted_at < ?`,
    )
    .get(from, until) as Pick<MonthRow, 'revenue' | 'visits'>
  const people = db.sync
    .prepare(
      `SELECT coalesce(sum(earlier IS NULL), 0) AS new_customers, coalesce(sum(earlier IS NOT NULL), 0) AS returning_customers FROM (
         SELECT m.customer_id, (SELECT 1 FROM bills b WHERE b.customer_id = m.customer_id AND b.kind = 'sale' AND b.posted_at < ? LIMIT 1) AS earlier
         FROM (SELECT DISTINCT customer_id FROM bills WHERE kind = 'sale' AND customer_id IS NOT NULL AND posted_at >= ? AND posted_at < ?) m)`,
    )
    .get(from, from, until) as Pick<MonthRow, 'new_customers' | 'returning_customers'>
  return { month, ...money, ...people }
}

/** Rewrites one month's row from its bills (monthFromBills); a month with no bills keeps no row. */
export function recomputeMonth(db: ReadDb, writer: Writer, month: string, timeZone: string): void {
  const row = monthFromBills(db, month, timeZone)
  if (row.visits === 0 && row.revenue === 0) {
    writer.unsynced.prepare(`DELETE FROM sales_by_month WHERE month = ?`).run(month)
    return
  }
  writer.unsynced
    .prepare(
      `INSERT INTO sales_by_month (month, revenue, visits, new_customers, returning_customers) VALUES (@month, @revenue, @visits, @new_customers, @returning_customers)
       ON CONFLICT (month) DO UPDATE SET revenue = excluded.revenue, visits = excluded.visits, new_customers = excluded.new_customers, returning_customers = excluded.returning_customers`,
    )
    .run(row)
}
