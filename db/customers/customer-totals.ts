import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'

/**
 * A customer's derived totals, recomputed from their bills (the ledger) rather than bumped: the
 * same answer whatever order the bills arrived in, which is what a desk needs when bills come
 * from other desks. Sales count as visits; a refund takes its amount off the spend. `npm run
 * check-db` checks the same formula (db/check/invariants.ts).
 */
export function recomputeCustomerTotals(db: Db, writer: Writer, customerId: string): void {
  const totals = db.sync
    .prepare(
      `SELECT coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END), 0) AS spent,
              coalesce(sum(kind = 'sale'), 0) AS visits,
              max(CASE kind WHEN 'sale' THEN posted_at END) AS last_sale
         FROM bills WHERE customer_id = ?`,
    )
    .get(customerId) as { spent: number; visits: number; last_sale: string | null }
  writer.update('customers', customerId, { total_spent: totals.spent, total_visits: totals.visits, last_visit_at: totals.last_sale })
}
