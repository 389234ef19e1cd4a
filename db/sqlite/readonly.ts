import { existsSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'

/**
 * Runs `read` on a read-only connection to `path` and leaves the folder as it found it:
 * SQLite creates empty -wal/-shm companions when it opens a WAL database, even read-only;
 * the ones this call created (and that hold no data) are removed again afterwards.
 */
export function withReadOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const created = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file))
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return read(db)
  } finally {
    db.close()
    for (const file of created) removeIfEmptyCompanion(file)
  }
}

export function removeIfEmptyCompanion(file: string): void {
  try {
    // Never a WAL holding data (another connection's uncheckpointed commits).
    if (file.endsWith('-wal') && existsSync(file) && statSync(file).size > 0) return
    rmSync(file, { force: true })
  } catch {
    // best effort: a leftover empty companion file is harmless
  }
}
