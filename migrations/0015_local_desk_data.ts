import { sql, type Kysely } from 'kysely'

// Frozen: once shipped, change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) =>
  `CHECK (${column} IS NULL OR (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Lockout counts stay per desk (SYNC.md, "Users"): out of the users row, which syncs, into a
  // table of their own. Sync class: local. A user without a row here has no wrong PINs counted.
  await run(`CREATE TABLE user_lockouts (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT ${STORED_TIME('locked_until')}
  ) STRICT, WITHOUT ROWID`)
  await run(`INSERT INTO user_lockouts (user_id, failed_attempts, locked_until)
    SELECT id, failed_attempts, locked_until FROM users WHERE failed_attempts > 0 OR locked_until IS NOT NULL`)
  // No index, trigger or view names these columns; their CHECKs are their own, so they drop with them.
  await run(`ALTER TABLE users DROP COLUMN failed_attempts`)
  await run(`ALTER TABLE users DROP COLUMN locked_until`)

  // The desk's own settings (its printer, whether it prints without asking, where its backups go
  // and how many it keeps) out of the salon's settings row, which syncs. Sync class: local.
  await run(`CREATE TABLE desk_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    printer_name TEXT CHECK (printer_name IS NULL OR length(printer_name) BETWEEN 1 AND 200),
    silent_print INTEGER NOT NULL DEFAULT 0 CHECK (silent_print IN (0, 1)),
    backup_folder TEXT CHECK (backup_folder IS NULL OR length(backup_folder) BETWEEN 1 AND 1000),
    backup_keep INTEGER NOT NULL DEFAULT 14 CHECK (backup_keep BETWEEN 1 AND 365)
  ) STRICT`)
  await run(`INSERT INTO desk_settings (id, printer_name, silent_print, backup_folder, backup_keep)
    SELECT 1, printer_name, silent_print, backup_folder, backup_keep FROM settings WHERE id = 1`)
  await run(`INSERT OR IGNORE INTO desk_settings (id) VALUES (1)`)
  for (const column of ['printer_name', 'silent_print', 'backup_folder', 'backup_keep']) await run(`ALTER TABLE settings DROP COLUMN ${column}`)
}
