import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Erasure (DPDP right to be forgotten): the row stays for the tax records, its PII goes.
  await run(`ALTER TABLE customers ADD COLUMN erased_at TEXT CHECK (erased_at IS NULL OR length(erased_at) = 24)`)

  // Who was erased, when, by whom and on what basis: no PII. Replayed after a restore so an
  // old backup cannot bring an erased customer back.
  await run(`CREATE TABLE erasure_ledger (
    customer_id TEXT PRIMARY KEY CHECK (length(customer_id) = 26),
    erased_at TEXT NOT NULL CHECK (length(erased_at) = 24),
    user_id TEXT,
    basis TEXT NOT NULL CHECK (length(basis) BETWEEN 1 AND 200)
  ) STRICT`)
  await run(`CREATE TRIGGER erasure_ledger_no_update BEFORE UPDATE ON erasure_ledger BEGIN SELECT RAISE(ABORT, 'the erasure ledger is append-only'); END`)
  await run(`CREATE TRIGGER erasure_ledger_no_delete BEFORE DELETE ON erasure_ledger BEGIN SELECT RAISE(ABORT, 'the erasure ledger is append-only'); END`)

  await run(`ALTER TABLE settings ADD COLUMN backup_keep INTEGER NOT NULL DEFAULT 14 CHECK (backup_keep BETWEEN 1 AND 365)`)
  await run(`ALTER TABLE settings ADD COLUMN backup_folder TEXT CHECK (backup_folder IS NULL OR length(backup_folder) BETWEEN 1 AND 1000)`)

  // Deleting from the name index removes the entry outright instead of leaving it behind a
  // delete marker, so an erased name leaves no trigram in the file (with PRAGMA secure_delete).
  await run(`INSERT INTO customers_name_fts (customers_name_fts, rank) VALUES ('secure-delete', 1)`)
}
