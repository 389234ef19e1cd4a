import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs'
import { withReadOnly } from './readonly'
import type Database from 'better-sqlite3'
import { DatabaseOpenError } from '../errors'

const SQLITE_HEADER = 'SQLite format 3\u0000'
/** `PRAGMA application_id` of every Parlour database: "PRLR". */
export const PARLOUR_APPLICATION_ID = 0x50524c52

export type PreflightResult = {
  isNew: boolean
  appliedMigrations: string[]
  quickCheck: 'ok' | 'skipped'
  sizeBytes: number
}

export type PreflightOptions = {
  knownMigrations: readonly string[]
  quickCheck: boolean
  /** When set, files larger than this skip the check here (it then runs in the background). */
  quickCheckMaxBytes?: number
  /** Extra read-only checks (such as the data key) run before anything can write. */
  verify?: (readonly: Database.Database) => void
}

/**
 * Everything that can refuse a database file, done on a read-only connection before the
 * file is opened for writing: so a refused file (not SQLite, corrupt, from a newer version,
 * wrong key) is left byte-for-byte as it was, with no -wal/-shm companions of ours left behind
 * (withReadOnly).
 */
export function preflight(path: string, options: PreflightOptions): PreflightResult {
  if (!existsSync(path)) return { isNew: true, appliedMigrations: [], quickCheck: 'skipped', sizeBytes: 0 }
  const sizeBytes = statSync(path).size
  if (sizeBytes === 0) return { isNew: true, appliedMigrations: [], quickCheck: 'skipped', sizeBytes }
  checkHeader(path)

  const runQuickCheck = options.quickCheck && (options.quickCheckMaxBytes === undefined || sizeBytes <= options.quickCheckMaxBytes)
  try {
    return { ...withReadOnly(path, (readonly) => inspect(path, readonly, { ...options, quickCheck: runQuickCheck })), sizeBytes }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError('corrupt', path, `The database file ${path} is damaged and cannot be opened (${describe(error)}). It has been left as it is.`, { cause: error })
  }
}

function inspect(path: string, db: Database.Database, options: PreflightOptions): Omit<PreflightResult, 'sizeBytes'> {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[]
  if (applicationId !== PARLOUR_APPLICATION_ID && (applicationId !== 0 || tables.length > 0)) {
    throw new DatabaseOpenError('not-a-database', path, `The file ${path} is an SQLite database but not a Parlour database. It has been left as it is.`)
  }
  const appliedMigrations = tables.includes('kysely_migration')
    ? (db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).pluck().all() as string[])
    : []
  const unknown = appliedMigrations.filter((name) => !options.knownMigrations.includes(name))
  if (unknown.length > 0) {
    throw new DatabaseOpenError(
      'newer-version',
      path,
      `The database ${path} was written by a newer version of Parlour (schema ${unknown[unknown.length - 1]}). Update Parlour to open it; the file has been left as it is.`,
    )
  }
  let quickCheck: 'ok' | 'skipped' = 'skipped'
  if (options.quickCheck) {
    const problems = quickCheckProblems(db)
    if (problems.length > 0) {
      throw new DatabaseOpenError('corrupt', path, `The database file ${path} failed its integrity check (${problems.slice(0, 3).join('; ')}). It has been left as it is.`)
    }
    quickCheck = 'ok'
  }
  options.verify?.(db)
  return { isNew: tables.length === 0, appliedMigrations, quickCheck }
}

/** Rows of `PRAGMA quick_check` that are not "ok". It can also throw on deep damage: callers catch. */
export function quickCheckProblems(db: Database.Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[]
  return rows.map((row) => row.quick_check).filter((text) => text !== 'ok')
}

function checkHeader(path: string): void {
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(16)
    const read = readSync(fd, header, 0, 16, 0)
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new DatabaseOpenError('not-a-database', path, `The file ${path} is not a Parlour database (it is not an SQLite file). It has been left as it is.`)
    }
  } finally {
    closeSync(fd)
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))
