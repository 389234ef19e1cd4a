import { sql, type Kysely } from 'kysely'

// Frozen: once shipped, change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // This desk: its id (a ULID made at first open), its code (`local` until it enrols with a
  // server) and the last hybrid logical clock it issued, so the clock never goes back across
  // restarts. Sync class: local.
  await run(`CREATE TABLE sync_desk (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    desk_id TEXT NOT NULL,
    desk_code TEXT NOT NULL DEFAULT 'local',
    hlc TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`)

  // Every change to a synced table, in the order it committed: what a push sends. Sync class: local.
  await run(`CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'erase', 'delete')),
    fields TEXT NOT NULL,
    hlc TEXT NOT NULL,
    user_id TEXT
  ) STRICT`)

  // The clock of each synced field's last write, one row per record row: what a merge compares.
  // Sync class: local (each desk keeps the clocks of what it holds).
  await run(`CREATE TABLE sync_field_clocks (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    clocks TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
  ) STRICT, WITHOUT ROWID`)

  // An erasure carries the phone's blind index (SYNC.md, "Edit versus delete"): an anonymous bill or
  // walk-in with that phone that arrives after the erasure is scrubbed too.
  await run(`ALTER TABLE erasure_ledger ADD COLUMN phone_bidx BLOB`)
}
