import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  // A restore puts back an older database; the audit entries made since (refunds, deletions,
  // erasures, the restore itself) are carried into the restored log and marked as carried over,
  // so the log is never rolled back. audit_log stays a ledger (insert-only, ULID ids): a carried
  // entry keeps its id and time. Numbered 0011: 0008-0010 are taken by the service menu, the
  // invoice and the appointment book.
  await sql.raw(`ALTER TABLE audit_log ADD COLUMN carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1))`).execute(db)
}
