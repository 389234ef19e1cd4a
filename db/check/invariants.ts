import type Database from 'better-sqlite3'
import { monthFromBills, type MonthRow } from '../bills/sales-by-month'
import type { ReadDb } from '../store-views'

export type Problem = { check: string; detail: string }

/**
 * Everything that must hold in a Parlour database, checked with plain SQL so it runs on any
 * copy (a backup, a crashed file) without the data key. Details name ids and numbers, never PII.
 */
export function findProblems(db: Database.Database, options: { maxPerCheck?: number } = {}): Problem[] {
  const max = options.maxPerCheck ?? 20
  const problems: Problem[] = []
  const add = (check: string, rows: unknown[], describe: (row: never) => string) => {
    for (const row of rows.slice(0, max)) problems.push({ check, detail: describe(row as never) })
    if (rows.length > max) problems.push({ check, detail: `…and ${rows.length - max} more` })
  }

  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((t) => t !== 'ok')
  add('integrity_check', integrity, (text: string) => text)
  add('foreign_key_check', db.pragma('foreign_key_check') as unknown[], (r: { table: string; rowid: number; parent: string }) => `${r.table} row ${r.rowid} points at a missing ${r.parent}`)

  add(
    'customer totals',
    db
      .prepare(
        `WITH b AS (
           SELECT customer_id,
                  sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END) AS spent,
                  sum(kind = 'sale') AS visits,
                  max(CASE kind WHEN 'sale' THEN posted_at END) AS last_sale
           FROM bills WHERE customer_id IS NOT NULL GROUP BY customer_id)
         SELECT c.id, c.total_spent, coalesce(b.spent, 0) AS spent, c.total_visits, coalesce(b.visits, 0) AS visits,
                c.last_visit_at, b.last_sale
         FROM customers c LEFT JOIN b ON b.customer_id = c.id
         WHERE c.total_spent != coalesce(b.spent, 0) OR c.total_visits != coalesce(b.visits, 0) OR c.last_visit_at IS NOT b.last_sale`,
      )
      .all(),
    (r: { id: string; total_spent: number; spent: number; total_visits: number; visits: number; last_visit_at: string | null; last_sale: string | null }) =>
      `customer ${r.id}: total_spent ${r.total_spent} vs bills ${r.spent}; total_visits ${r.total_visits} vs ${r.visits}; last_visit_at ${r.last_visit_at} vs ${r.last_sale}`,
  )

  add(
    'bill lines',
    db
      .prepare(
        `SELECT b.id, b.subtotal, (SELECT coalesce(sum(line_total), 0) FROM bill_items i WHERE i.bill_id = b.id) AS lines,
                b.rounded_total, (SELECT coalesce(sum(amount), 0) FROM bill_payments p WHERE p.bill_id = b.id) AS paid
         FROM bills b WHERE lines != b.subtotal OR paid != b.rounded_total OR NOT EXISTS (SELECT 1 FROM bill_items i WHERE i.bill_id = b.id)`,
      )
      .all(),
    (r: { id: string; subtotal: number; lines: number; rounded_total: number; paid: number }) =>
      `bill ${r.id}: subtotal ${r.subtotal} vs lines ${r.lines}; rounded_total ${r.rounded_total} vs payments ${r.paid}`,
  )

  // Since the menu (migration 0008): each bill's tax table adds up to its amounts, and its lines'
  // discount shares to its discount. A file from before the menu has no tax table to check.
  const hasTaxTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'bill_tax_rates'`).get() !== undefined
  if (hasTaxTable) {
    add(
      'bill tax rates',
      db
        .prepare(
          `SELECT b.id, b.cgst, b.sgst, b.discount, t.cgst AS rate_cgst, t.sgst AS rate_sgst, t.taxable, i.discount AS line_discount FROM bills b
           JOIN (SELECT bill_id, sum(cgst) AS cgst, sum(sgst) AS sgst, sum(taxable_value) AS taxable FROM bill_tax_rates GROUP BY bill_id) t ON t.bill_id = b.id
           JOIN (SELECT bill_id, sum(discount) AS discount FROM bill_items GROUP BY bill_id) i ON i.bill_id = b.id
           WHERE t.cgst != b.cgst OR t.sgst != b.sgst OR t.taxable != b.subtotal - b.discount OR i.discount != b.discount
           UNION ALL
           SELECT b.id, b.cgst, b.sgst, b.discount, NULL, NULL, NULL, NULL FROM bills b WHERE NOT EXISTS (SELECT 1 FROM bill_tax_rates t WHERE t.bill_id = b.id)`,
        )
        .all(),
      (r: { id: string; cgst: number; sgst: number; discount: number; rate_cgst: number | null; rate_sgst: number | null; taxable: number | null; line_discount: number | null }) =>
        `bill ${r.id}: cgst ${r.cgst}/sgst ${r.sgst}/discount ${r.discount} vs tax table ${r.rate_cgst ?? 'missing'}/${r.rate_sgst ?? 'missing'} (taxable ${r.taxable ?? '-'}) and line discounts ${r.line_discount ?? '-'}`,
    )
  }

  // A sale may have several refunds (two desks offline may each refund it; credit notes may
  // refund it in parts: SYNC.md): each refunds a sale of the same customer, and together they
  // pay back no more than the sale took.
  add(
    'refunds',
    db
      .prepare(
        `SELECT r.id, r.original_bill_id FROM bills r JOIN bills o ON o.id = r.original_bill_id
         WHERE r.kind = 'refund' AND (o.kind != 'sale' OR r.rounded_total > o.rounded_total OR r.customer_id IS NOT o.customer_id)`,
      )
      .all(),
    (r: { id: string; original_bill_id: string }) => `refund ${r.id} does not refund sale ${r.original_bill_id} (another kind, customer or more than it took)`,
  )
  add(
    'refunds of a sale',
    db
      .prepare(
        `SELECT o.id, o.rounded_total, sum(r.rounded_total) AS refunded, count(*) AS refunds FROM bills o JOIN bills r ON r.original_bill_id = o.id
         GROUP BY o.id HAVING sum(r.rounded_total) > o.rounded_total`,
      )
      .all(),
    (r: { id: string; rounded_total: number; refunded: number; refunds: number }) => `sale ${r.id}: ${r.refunds} refunds pay back ${r.refunded} paise of ${r.rounded_total}`,
  )

  const monthly = db
    .prepare(
      `SELECT (SELECT coalesce(sum(revenue), 0) FROM sales_by_month) AS revenue, (SELECT coalesce(sum(visits), 0) FROM sales_by_month) AS visits,
              (SELECT coalesce(sum(CASE kind WHEN 'sale' THEN rounded_total ELSE -rounded_total END), 0) FROM bills) AS billed,
              (SELECT count(*) FROM bills WHERE kind = 'sale') AS sales`,
    )
    .get() as { revenue: number; visits: number; billed: number; sales: number }
  if (monthly.revenue !== monthly.billed || monthly.visits !== monthly.sales) {
    problems.push({ check: 'monthly figures', detail: `months sum to ${monthly.revenue} paise / ${monthly.visits} visits; bills give ${monthly.billed} / ${monthly.sales}` })
  }
  // Each month as its bills give it, new and returning customers included (whatever order the bills came in).
  const zone = (db.prepare(`SELECT time_zone FROM settings WHERE id = 1`).pluck().get() as string | undefined) ?? 'Asia/Kolkata'
  const reads = { sync: { prepare: (sql: string) => db.prepare(sql) } } as unknown as ReadDb
  const months = (db.prepare(`SELECT * FROM sales_by_month ORDER BY month`).all() as MonthRow[]).map((stored) => ({ stored, bills: monthFromBills(reads, stored.month, zone) }))
  add(
    'monthly figures',
    months.filter(({ stored, bills }) => (['revenue', 'visits', 'new_customers', 'returning_customers'] as const).some((field) => stored[field] !== bills[field])),
    ({ stored: r, bills: b }: { stored: MonthRow; bills: MonthRow }) =>
      `${r.month}: stored ${r.revenue}/${r.visits}/${r.new_customers} new/${r.returning_customers} returning; bills give ${b.revenue}/${b.visits}/${b.new_customers}/${b.returning_customers}`,
  )

  // The trigram index holds one entry per customer row (read-only check: row sets match).
  add(
    'name index',
    db
      .prepare(
        `SELECT 'missing' AS what, count(*) AS n FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customers_name_fts_docsize d WHERE d.id = c.rowid)
         UNION ALL
         SELECT 'orphaned', count(*) FROM customers_name_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.rowid = d.id)`,
      )
      .all()
      .filter((row) => (row as { n: number }).n > 0),
    (r: { what: string; n: number }) => `${r.n} customer(s) ${r.what} in the name search index`,
  )
  // On a writable connection FTS5 can also compare every indexed name; nothing is written.
  if (!db.readonly) {
    try {
      db.transaction(() => db.prepare(`INSERT INTO customers_name_fts (customers_name_fts, rank) VALUES ('integrity-check', 1)`).run())()
    } catch (error) {
      problems.push({ check: 'name index', detail: `the name search index is out of step with customers (${error instanceof Error ? error.message : String(error)})` })
    }
  }
  return problems
}
