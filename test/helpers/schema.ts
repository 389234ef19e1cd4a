import type Database from 'better-sqlite3'

/** Parlour's own tables in a database: not SQLite's, Kysely's bookkeeping, nor the FTS5 index and its shadow tables. */
export function dataTables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%'`,
    )
    .pluck()
    .all() as string[]
}
