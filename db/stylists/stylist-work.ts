import type { Db } from '../sqlite/connection'
import type { BillItemRow, BillRow } from '../bills/bills.table'

/** One stylist's month, in paise (taxable value: after the discount share, before GST). */
export type StylistMonthFigures = {
  /** The user named on the lines. */
  stylist_id: string
  /** Services done: the quantity of service lines on sales posted in the month that name them. */
  services_done: number
  /** Sales with at least one of their lines. */
  bills: number
  /** Taxable value of their lines on sales in the month, less that of their lines on refunds posted in the month. */
  revenue: number
  /** Registered customers they served in the month, and those among them who had a sale before the month began. */
  customers: number
  returning_customers: number
}

/** One line of a stylist's day: no customer, no bill, only the service. */
export type StylistDayLine = Pick<BillItemRow, 'name' | 'quantity'> & Pick<BillRow, 'posted_at'>

/**
 * The stylist report and a stylist's own day, read straight from the bills' lines (ledger):
 * a query, nothing stored, so nothing to keep in step or to sync (the figures are recomputed on
 * every desk from the bills it holds). `from` and `to` are stored times, `to` exclusive.
 */
export function createStylistWork({ db }: { db: Db }) {
  const { sync } = db
  const sql = {
    sales: `SELECT i.stylist_id, sum(i.quantity) AS services_done, count(DISTINCT i.bill_id) AS bills, sum(i.line_total - i.discount) AS revenue,
              count(DISTINCT b.customer_id) AS customers,
              count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM bills p WHERE p.customer_id = b.customer_id AND p.kind = 'sale' AND p.posted_at < ?) THEN b.customer_id END) AS returning_customers
            FROM bills b JOIN bill_items i ON i.bill_id = b.id
            WHERE b.kind = 'sale' AND b.posted_at >= ? AND b.posted_at < ? AND i.stylist_id IS NOT NULL
            GROUP BY i.stylist_id`,
    refunds: `SELECT i.stylist_id, sum(i.line_total - i.discount) AS refunded
            FROM bills b JOIN bill_items i ON i.bill_id = b.id
            WHERE b.kind = 'refund' AND b.posted_at >= ? AND b.posted_at < ? AND i.stylist_id IS NOT NULL
            GROUP BY i.stylist_id`,
    day: `SELECT i.name, i.quantity, b.posted_at FROM bills b JOIN bill_items i ON i.bill_id = b.id
            WHERE i.stylist_id = ? AND b.kind = 'sale' AND b.posted_at >= ? AND b.posted_at < ?
            ORDER BY b.posted_at, b.id, i.line_no`,
  } as const

  return {
    /** Every stylist with work (or refunds) in [from, to). */
    month(from: string, to: string): StylistMonthFigures[] {
      const sales = sync.prepare(sql.sales).all(from, from, to) as StylistMonthFigures[]
      const refunds = new Map((sync.prepare(sql.refunds).all(from, to) as { stylist_id: string; refunded: number }[]).map((r) => [r.stylist_id, r.refunded]))
      const figures = new Map(sales.map((row) => [row.stylist_id, { ...row, revenue: row.revenue - (refunds.get(row.stylist_id) ?? 0) }]))
      for (const [stylist_id, refunded] of refunds) {
        if (!figures.has(stylist_id)) figures.set(stylist_id, { stylist_id, services_done: 0, bills: 0, revenue: -refunded, customers: 0, returning_customers: 0 })
      }
      return [...figures.values()]
    },

    /** A stylist's services on sales posted in [from, to), oldest first. */
    day(stylistId: string, from: string, to: string): StylistDayLine[] {
      return sync.prepare(sql.day).all(stylistId, from, to) as StylistDayLine[]
    },
  }
}

export type StylistWork = ReturnType<typeof createStylistWork>
