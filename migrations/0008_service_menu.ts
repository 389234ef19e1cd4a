import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) => `CHECK (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')`
/** SAC (6 digits) or HSN (4, 6 or 8 digits). */
const TAX_CODE = (column: string) => `(length(${column}) IN (4, 6, 8) AND ${column} NOT GLOB '*[^0-9]*')`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // The salon's menu: services (SAC 999721 hairdressing and barbers, 999722 cosmetic and beauty
  // treatment, 999729 other; taxed at the salon's rate) and retail products (an HSN code and a
  // GST rate of their own). Items are retired, never deleted: bill lines point at them.
  // Sync class: record (merged per field).
  await run(`CREATE TABLE menu_items (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    kind TEXT NOT NULL CHECK (kind IN ('service', 'product')),
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 80),
    category TEXT CHECK (category IS NULL OR length(trim(category)) BETWEEN 1 AND 40),
    price INTEGER NOT NULL CHECK (price BETWEEN 0 AND 10000000000),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 600),
    tax_code TEXT NOT NULL CHECK ${TAX_CODE('tax_code')},
    gst_rate_bp INTEGER CHECK (gst_rate_bp IS NULL OR (gst_rate_bp BETWEEN 0 AND 2800 AND gst_rate_bp % 2 = 0)),
    price_editable INTEGER NOT NULL DEFAULT 1 CHECK (price_editable IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL ${STORED_TIME('created_at')},
    updated_at TEXT NOT NULL ${STORED_TIME('updated_at')},
    UNIQUE (kind, name),
    CHECK ((kind = 'service') = (gst_rate_bp IS NULL)),
    CHECK ((kind = 'service') = (duration_minutes IS NOT NULL)),
    CHECK (kind = 'product' OR tax_code IN ('999721', '999722', '999729'))
  ) STRICT`)
  await run(`CREATE TRIGGER menu_items_no_delete BEFORE DELETE ON menu_items BEGIN SELECT RAISE(ABORT, 'menu items are retired, never deleted'); END`)

  // What each bill line was: a service or a product, the menu item it came from (null: a custom
  // line), the code and rate it was taxed under, its share of the bill's discount, and (services)
  // the stylist who did it. Part of the bill (sync class: ledger). Lines of earlier bills were
  // services at the bill's one rate, with no code.
  await run(`ALTER TABLE bill_items ADD COLUMN kind TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'product'))`)
  await run(`ALTER TABLE bill_items ADD COLUMN menu_item_id TEXT REFERENCES menu_items (id)`)
  await run(`ALTER TABLE bill_items ADD COLUMN tax_code TEXT CHECK (tax_code IS NULL OR ${TAX_CODE('tax_code')})`)
  await run(`ALTER TABLE bill_items ADD COLUMN gst_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bp BETWEEN 0 AND 2800)`)
  await run(`ALTER TABLE bill_items ADD COLUMN discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0 AND discount <= line_total)`)
  await run(`ALTER TABLE bill_items ADD COLUMN stylist_id TEXT REFERENCES users (id) CHECK (stylist_id IS NULL OR kind = 'service')`)
  await run(`CREATE INDEX bill_items_by_stylist ON bill_items (stylist_id, bill_id) WHERE stylist_id IS NOT NULL`)

  // Taxable value, CGST and SGST per rate, as computed when the bill was posted (ledger, with the bill).
  await run(`CREATE TABLE bill_tax_rates (
    bill_id TEXT NOT NULL REFERENCES bills (id),
    gst_rate_bp INTEGER NOT NULL CHECK (gst_rate_bp BETWEEN 0 AND 2800),
    taxable_value INTEGER NOT NULL CHECK (taxable_value >= 0),
    cgst INTEGER NOT NULL CHECK (cgst >= 0),
    sgst INTEGER NOT NULL CHECK (sgst >= 0),
    PRIMARY KEY (bill_id, gst_rate_bp)
  ) STRICT, WITHOUT ROWID`)

  // Earlier bills: every line at the bill's rate; the discount spread over its lines as posting
  // does now (pro rata by line total, paise rounded down, the remainder to the largest lines).
  await run(`DROP TRIGGER bill_items_no_update`)
  await run(`UPDATE bill_items SET gst_rate_bp = (SELECT gst_rate_bp FROM bills WHERE bills.id = bill_items.bill_id)`)
  const discounted = await sql<{ id: string; subtotal: number; discount: number }>`SELECT id, subtotal, discount FROM bills WHERE discount > 0`.execute(db)
  for (const bill of discounted.rows) {
    const lines = await sql<{ line_no: number; line_total: number }>`SELECT line_no, line_total FROM bill_items WHERE bill_id = ${bill.id} ORDER BY line_no`.execute(db)
    const shares = lines.rows.map((line) => Math.floor((bill.discount * line.line_total) / bill.subtotal))
    let left = bill.discount - shares.reduce((sum, share) => sum + share, 0)
    const largestFirst = lines.rows.map((line, index) => ({ index, total: line.line_total })).sort((a, b) => b.total - a.total || a.index - b.index)
    for (const { index, total } of largestFirst) {
      const room = Math.min(left, total - (shares[index] ?? 0))
      shares[index] = (shares[index] ?? 0) + room
      left -= room
    }
    for (const [index, line] of lines.rows.entries()) {
      await sql`UPDATE bill_items SET discount = ${shares[index] ?? 0} WHERE bill_id = ${bill.id} AND line_no = ${line.line_no}`.execute(db)
    }
  }
  await run(`INSERT INTO bill_tax_rates (bill_id, gst_rate_bp, taxable_value, cgst, sgst) SELECT id, gst_rate_bp, subtotal - discount, cgst, sgst FROM bills`)
  await run(`CREATE TRIGGER bill_items_no_update BEFORE UPDATE ON bill_items BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  await run(`CREATE TRIGGER bill_tax_rates_no_update BEFORE UPDATE ON bill_tax_rates BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  await run(`CREATE TRIGGER bill_tax_rates_no_delete BEFORE DELETE ON bill_tax_rates BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)

  // The owner's commission percentage per stylist, in basis points (1000 = 10%): a report, not payroll.
  await run(`ALTER TABLE users ADD COLUMN commission_bp INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000)`)
}
