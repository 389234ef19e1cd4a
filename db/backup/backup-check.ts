import { existsSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { withReadOnly } from '../sqlite/readonly'
import { readSeal, sealHolds, SEAL_PROBLEMS } from './backup-seal'
import { schemaObjectsOf, type SchemaObject } from './schema-match'

/** A backup's check. `objects` is its schema, which the caller compares with Parlour's own at `schema` (db/backup/schema-match.ts). */
export type VerifyReport = { ok: boolean; problems: string[]; schema: string; customers: number; bills: number; has_recovery_key: boolean; objects: SchemaObject[] }

/**
 * Opens a backup read-only and checks it through: integrity_check, foreign_key_check, that it
 * is a Parlour database this version understands (every migration it ran is one of
 * `knownMigrations`). Never writes to it. Synchronous and reads the whole file: the app runs it
 * on a worker thread (db/bulk/backup-verification.ts), which is handed the migration names so
 * it need not load the migrations (and Kysely) itself.
 */
export function verifyBackupFile(file: string, knownMigrations: readonly string[]): VerifyReport {
  if (!existsSync(file)) return failed('The backup file is missing.')
  try {
    return withReadOnly(file, (db) => inspectBackup(db, knownMigrations))
  } catch (error) {
    return failed(`It cannot be read as a database (${error instanceof Error ? error.message : String(error)}).`)
  }
}

/**
 * A restore's check of a backup: its seal first, by reading bytes and never SQLite (a file
 * edited without the data key fails here, before anything parses it), then the whole-file check.
 */
export function verifySealedBackup(file: string, sealKey: Uint8Array, knownMigrations: readonly string[]): VerifyReport {
  if (!existsSync(file)) return failed('The backup file is missing.')
  try {
    const seal = readSeal(file)
    if (!seal.ok) return failed(seal.problem)
    if (!sealHolds(file, seal, sealKey)) return failed(SEAL_PROBLEMS.changed)
  } catch (error) {
    return failed(`It cannot be read (${error instanceof Error ? error.message : String(error)}).`)
  }
  return verifyBackupFile(file, knownMigrations)
}

export const failed = (problem: string): VerifyReport => ({ ok: false, problems: [problem], schema: '', customers: 0, bills: 0, has_recovery_key: false, objects: [] })

function inspectBackup(db: Database.Database, knownMigrations: readonly string[]): VerifyReport {
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((t) => t !== 'ok')
  const foreign = db.pragma('foreign_key_check') as unknown[]
  if (foreign.length > 0) problems.push(`${foreign.length} broken reference(s) between tables`)
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[]
  if (!tables.includes('kysely_migration') || !tables.includes('customers')) return failed('This is not a Parlour backup.')
  const applied = db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).pluck().all() as string[]
  const unknown = applied.filter((name) => !knownMigrations.includes(name))
  if (unknown.length > 0) problems.push('It was made by a newer version of Parlour.')
  const count = (table: string) => (tables.includes(table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0)
  const hasKey = tables.includes('key_recovery') && count('key_recovery') > 0
  return {
    ok: problems.length === 0,
    problems,
    schema: applied[applied.length - 1] ?? '',
    customers: count('customers'),
    bills: count('bills'),
    has_recovery_key: hasKey,
    objects: schemaObjectsOf(db),
  }
}
