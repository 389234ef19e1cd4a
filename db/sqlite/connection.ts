import Database from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, type NoMigrations } from 'kysely'
import { migrationNames, staticMigrationProvider, latestMigration } from '../../migrations'
import { DatabaseOpenError } from '../errors'
import { defaultBackupFolder, runVerifiedBackup } from '../backup/backup'
import { applyPragmas, type PragmaReport } from './pragmas'
import { preflight, PARLOUR_APPLICATION_ID, type PreflightResult } from './preflight'
import type { Database as Schema } from '../schema'
import { SyncExecutor } from './sync-executor'

/** Files up to this size are quick-checked before the first screen; larger ones in the background. */
export const SYNC_QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024

export type QuickCheckMode = 'sync' | 'skip' | 'auto'

export type OpenDatabaseOptions = {
  path: string
  /** 'auto' (default): quick_check now for small files; larger files are left to a background check. */
  quickCheck?: QuickCheckMode
  /** With 'auto': the size above which the check is left to the background (default SYNC_QUICK_CHECK_MAX_BYTES). */
  quickCheckMaxBytes?: number
  /** Migrate only this far (migration tests); default: the latest. */
  migrateTo?: string | NoMigrations
  /** Extra read-only checks run before the file is opened for writing (the data key). */
  verify?: (readonly: Database.Database) => void
  /** Copy the database aside before running new migrations on it (default true). */
  backupBeforeMigrating?: boolean
  /** Seals that copy (vault.backupSealKey); required when a copy is to be made. */
  backupSealKey?: Uint8Array
}

export type Db = {
  readonly path: string
  readonly kysely: Kysely<Schema>
  /** The raw connection, for cached prepared statements on hot paths and for transactions. */
  readonly sqlite: Database.Database
  /** Synchronous execution of Kysely-built queries: every write and every hot read. */
  readonly sync: SyncExecutor
  readonly pragmas: PragmaReport
  readonly preflight: PreflightResult
  close(): Promise<void>
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  const { path } = options
  const mode = options.quickCheck ?? 'auto'
  const verify = options.verify
  const checked = preflight(path, {
    knownMigrations: migrationNames,
    quickCheck: mode === 'sync' || mode === 'auto',
    ...(verify ? { verify } : {}),
    ...(mode === 'auto' ? { quickCheckMaxBytes: options.quickCheckMaxBytes ?? SYNC_QUICK_CHECK_MAX_BYTES } : {}),
  })

  const target = options.migrateTo ?? latestMigration
  const pending = typeof target === 'string' ? migrationNames.filter((name) => name <= target && !checked.appliedMigrations.includes(name)) : []
  if (!checked.isNew && checked.appliedMigrations.length > 0 && pending.length > 0 && options.backupBeforeMigrating !== false) {
    if (!options.backupSealKey) throw new Error('A database is migrated only with a seal key for its safety copy (or backupBeforeMigrating: false).')
    await backupBeforeMigrating(path, options.backupSealKey)
  }

  let sqlite: Database.Database
  try {
    sqlite = new Database(path)
  } catch (error) {
    throw new DatabaseOpenError('unreadable', path, `The database file ${path} could not be opened for writing. Check that the folder is writable.`, { cause: error })
  }
  try {
    const pragmas = applyPragmas(sqlite)
    if (checked.isNew) sqlite.pragma(`application_id = ${PARLOUR_APPLICATION_ID}`)
    const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) })
    // The preflight already read which migrations ran: on an up-to-date file (every start but
    // the first after an update) the Migrator and its lock table are not touched at all.
    if (checked.isNew || pending.length > 0 || typeof target !== 'string') await migrate(kysely, target)
    return {
      path,
      kysely,
      sqlite,
      sync: new SyncExecutor(sqlite),
      pragmas,
      preflight: checked,
      // Kysely's destroy closes the connection only if Kysely ran a query on it: on an up-to-date
      // file nothing did (every query goes through SyncExecutor), so close it here too.
      close: async () => {
        await kysely.destroy()
        if (sqlite.open) sqlite.close()
      },
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * A verified copy of the database, taken with SQLite's backup API on a read-only connection,
 * before a newer Parlour changes its schema. Kept in the backups folder beside the database and
 * never pruned: if the new version misbehaves, the old data is one restore away.
 */
async function backupBeforeMigrating(path: string, sealKey: Uint8Array): Promise<void> {
  const source = new Database(path, { readonly: true, fileMustExist: true })
  try {
    await runVerifiedBackup({
      source,
      folder: defaultBackupFolder(path),
      createFolder: true,
      now: new Date(),
      timeZone: 'UTC',
      reason: 'pre-migration',
      sealKey,
    })
  } catch (error) {
    throw new DatabaseOpenError('unreadable', path, `Parlour could not make a safety copy of ${path} before updating it (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`, {
      cause: error,
    })
  } finally {
    source.close()
  }
}

async function migrate(kysely: Kysely<Schema>, target: string | NoMigrations): Promise<void> {
  const migrator = new Migrator({ db: kysely, provider: staticMigrationProvider })
  const { error, results } = await migrator.migrateTo(target)
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Database migration ${failed} failed.`, { cause: error })
  }
}
