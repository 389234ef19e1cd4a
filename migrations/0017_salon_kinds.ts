import { sql, type Kysely } from 'kysely'

// Frozen: once shipped, change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) => `CHECK (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')`
const KINDS = `('regular', 'composition', 'unregistered')`
/** The id of the kind recorded for a salon from before kinds were dated: the same on every desk. */
const FIRST_KIND_ID = '00000000000000000000000000'

/** What a bill prints of its supplier and its document, written once with the bill (issue 18, item 5). */
const SNAPSHOT_COLUMNS = [
  `gst_kind TEXT CHECK (gst_kind IS NULL OR gst_kind IN ${KINDS})`,
  `supplier_name TEXT CHECK (supplier_name IS NULL OR length(supplier_name) BETWEEN 1 AND 120)`,
  `supplier_trade_name TEXT CHECK (supplier_trade_name IS NULL OR length(supplier_trade_name) BETWEEN 1 AND 120)`,
  `supplier_address TEXT CHECK (supplier_address IS NULL OR length(supplier_address) BETWEEN 1 AND 300)`,
  `supplier_state_code TEXT CHECK (supplier_state_code IS NULL OR supplier_state_code GLOB '[0-9][0-9]')`,
  `supplier_gstin TEXT CHECK (supplier_gstin IS NULL OR length(supplier_gstin) = 15)`,
  `supplier_phone TEXT CHECK (supplier_phone IS NULL OR length(supplier_phone) BETWEEN 1 AND 32)`,
  `place_of_supply TEXT CHECK (place_of_supply IS NULL OR length(place_of_supply) BETWEEN 1 AND 80)`,
  `invoice_footer TEXT CHECK (invoice_footer IS NULL OR length(invoice_footer) BETWEEN 1 AND 300)`,
  `default_sac TEXT CHECK (default_sac IS NULL OR default_sac GLOB '[0-9][0-9][0-9][0-9]*')`,
] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // The salon's kind under GST, dated (sync class: ledger, insert-only). A salon registered before
  // this migration is a regular registration, an unregistered one stays unregistered, both from
  // the day GST began; the flag it replaces goes, so the kind has one home.
  await run(`CREATE TABLE gst_kinds (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    kind TEXT NOT NULL CHECK (kind IN ${KINDS}),
    effective_from TEXT NOT NULL CHECK (length(effective_from) = 10 AND effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    set_at TEXT NOT NULL ${STORED_TIME('set_at')},
    set_by TEXT REFERENCES users (id)
  ) STRICT`)
  await run(`CREATE INDEX gst_kinds_by_day ON gst_kinds (effective_from, set_at)`)
  await run(`CREATE TRIGGER gst_kinds_no_update BEFORE UPDATE ON gst_kinds BEGIN SELECT RAISE(ABORT, 'a kind once set is never changed: set a new one from a later day'); END`)
  await run(`CREATE TRIGGER gst_kinds_no_delete BEFORE DELETE ON gst_kinds BEGIN SELECT RAISE(ABORT, 'a kind once set is never changed: set a new one from a later day'); END`)
  await run(`INSERT INTO gst_kinds (id, kind, effective_from, set_at, set_by)
    SELECT '${FIRST_KIND_ID}', CASE WHEN gst_registered = 1 THEN 'regular' ELSE 'unregistered' END, '2017-07-01', '2017-07-01T00:00:00.000Z', NULL FROM settings WHERE id = 1`)
  await run(`INSERT OR IGNORE INTO gst_kinds (id, kind, effective_from, set_at, set_by) VALUES ('${FIRST_KIND_ID}', 'regular', '2017-07-01', '2017-07-01T00:00:00.000Z', NULL)`)
  await run(`UPDATE sync_field_clocks SET clocks = json_remove(clocks, '$.gst_registered') WHERE table_name = 'settings'`)
  await run(`ALTER TABLE settings DROP COLUMN gst_registered`)

  // Bills carry what their document printed (ledger: never changed). Bills posted before this
  // migration keep NULLs: they have no snapshot and read today's settings, as they did.
  for (const column of SNAPSHOT_COLUMNS) await run(`ALTER TABLE bills ADD COLUMN ${column}`)
  await run(`DROP TRIGGER bills_no_update`)
  await run(`CREATE TRIGGER bills_no_update BEFORE UPDATE OF
      id, invoice_number, kind, original_bill_id, customer_id, customer_name, subtotal, discount, gst_rate_bp,
      cgst, sgst, total, rounded_total, rounding_adjustment, refund_reason, posted_at, created_by, desk,
      gst_kind, supplier_name, supplier_trade_name, supplier_address, supplier_state_code, supplier_gstin,
      supplier_phone, place_of_supply, invoice_footer, default_sac ON bills
    BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)

  // A second print of a bill is its duplicate (CGST Rule 48): prints are counted from the audit log.
  await run(`CREATE INDEX audit_log_bill_prints ON audit_log (target_id) WHERE action IN ('bill.print', 'bill.save_pdf')`)
}
