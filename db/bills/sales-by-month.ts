import type { ReadDb } from '../store-views'
import type { Writer } from '../sync/writer'

/**
 * The owner's monthly figures, kept current as bills post (one upsert per bill) so charts never
 * scan millions of bills. "New" customers had their first ever sale that month; "returning"
 * ones had visited before and came back that month (counted once per month).
 */
export function recordSaleInMonth(
  writer: Writer,
  month: string,
  amount: number,
  customerBefore: { total_visits: number; last_visit_at: string | null } | undefined,
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
export function salesBetween(db: ReadDb, from: string, until: string): { revenue: number; visits: number } {
  const row = db.sync
    .prepare(
      `SELECT coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END), 0) AS revenue,
              coalesce(sum(kind = 'sale'), 0) AS visits
         FROM bills WHERE posted_at >= ? AND posted_at < ?`,
    )
    .get(from, until) as { revenue: number; visits: number }
  return row
}

export type MonthRow = { month: string; revenue: number; visits: number; new_customers: number; returning_customers: number }

export function monthsBetween(db: ReadDb, first: string, last: string): MonthRow[] {
  return db.sync.prepare(`SELECT * FROM sales_by_month WHERE month BETWEEN ? AND ? ORDER BY month`).all(first, last) as MonthRow[]
}
