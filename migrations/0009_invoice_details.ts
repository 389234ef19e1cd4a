import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)
  const GSTIN = (column: string) =>
    `CHECK (${column} IS NULL OR (length(${column}) = 15 AND ${column} GLOB '[0-9][0-9][A-Z][A-Z][A-Z][A-Z][A-Z][0-9][0-9][0-9][0-9][A-Z][1-9A-Z]Z[0-9A-Z]'))`
  const STATE_CODE = (column: string) => `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9]')`

  // The salon's particulars a lawful invoice carries (CGST Rule 46), and how it prints. Sync
  // class of the settings row: record (merged per field). The printer and silent printing are the
  // counter's own choice; they live here because the settings row is where the owner sets them.
  const settingsColumns = [
    `legal_name TEXT CHECK (legal_name IS NULL OR length(trim(legal_name)) BETWEEN 1 AND 120)`,
    `address TEXT CHECK (address IS NULL OR length(trim(address)) BETWEEN 1 AND 300)`,
    `state_code TEXT ${STATE_CODE('state_code')}`,
    `gstin TEXT ${GSTIN('gstin')}`,
    `salon_phone TEXT CHECK (salon_phone IS NULL OR length(salon_phone) BETWEEN 1 AND 32)`,
    `invoice_footer TEXT CHECK (invoice_footer IS NULL OR length(invoice_footer) BETWEEN 1 AND 300)`,
    `default_sac TEXT NOT NULL DEFAULT '999721' CHECK (default_sac GLOB '[0-9][0-9][0-9][0-9]*' AND length(default_sac) BETWEEN 4 AND 8)`,
    `printer_name TEXT CHECK (printer_name IS NULL OR length(printer_name) BETWEEN 1 AND 200)`,
    `silent_print INTEGER NOT NULL DEFAULT 0 CHECK (silent_print IN (0, 1))`,
  ]
  for (const column of settingsColumns) await run(`ALTER TABLE settings ADD COLUMN ${column}`)

  // A business customer's particulars, given when the bill is posted: part of the bill, so sync
  // class ledger, and as permanent as the rest of it (the trigger below).
  const billColumns = [
    `buyer_gstin TEXT ${GSTIN('buyer_gstin')}`,
    `buyer_address TEXT CHECK (buyer_address IS NULL OR length(trim(buyer_address)) BETWEEN 1 AND 300)`,
    `buyer_state_code TEXT ${STATE_CODE('buyer_state_code')}`,
  ]
  for (const column of billColumns) await run(`ALTER TABLE bills ADD COLUMN ${column}`)
  await run(`CREATE TRIGGER bills_buyer_no_update BEFORE UPDATE OF buyer_gstin, buyer_address, buyer_state_code ON bills
    BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
}
