import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // The invoice or credit note number a bill.post or bill.refund entry issued. A restore carries
  // the entries made since the backup into the restored log, so the numbers issued after the
  // backup stay known and the counters are moved past them (db/numbering/numbering.ts): a number
  // is never issued twice. Entries made before this migration have none. The partial index
  // keeps that lookup one range query per series.
  await run(`ALTER TABLE audit_log ADD COLUMN invoice_number TEXT CHECK (invoice_number IS NULL OR length(invoice_number) BETWEEN 5 AND 40)`)
  await run(`CREATE INDEX audit_log_invoice_number ON audit_log (invoice_number) WHERE invoice_number IS NOT NULL`)
}
