import type BetterSqlite3 from 'better-sqlite3'

/**
 * Connection settings applied and read back on every open. `synchronous` must be set each time:
 * SQLite does not persist it, and WAL files reopen at NORMAL, which can lose the last commits
 * on power loss.
 */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
  secure_delete: 1,
  // INSERT OR REPLACE deletes the row it collides with without firing DELETE triggers unless
  // triggers are recursive: on, the append-only tables' no-delete triggers refuse it too.
  recursive_triggers: 1,
} as const

export type PragmaReport = { journal_mode: string; synchronous: number; foreign_keys: number; busy_timeout: number; secure_delete: number; recursive_triggers: number }

export function applyPragmas(sqlite: BetterSqlite3.Database): PragmaReport {
  sqlite.pragma(`journal_mode = ${REQUIRED_PRAGMAS.journal_mode}`)
  sqlite.pragma(`synchronous = FULL`)
  sqlite.pragma(`foreign_keys = ON`)
  sqlite.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`)
  sqlite.pragma(`secure_delete = ON`)
  sqlite.pragma(`recursive_triggers = ON`)
  const report = readPragmas(sqlite)
  const wrong = (Object.keys(REQUIRED_PRAGMAS) as (keyof PragmaReport)[]).filter((name) => report[name] !== REQUIRED_PRAGMAS[name])
  if (wrong.length > 0) throw new Error(`SQLite refused required settings: ${wrong.join(', ')}.`)
  return report
}

export function readPragmas(sqlite: BetterSqlite3.Database): PragmaReport {
  const value = <T>(name: string) => sqlite.pragma(name, { simple: true }) as T
  return {
    journal_mode: String(value<string>('journal_mode')).toLowerCase(),
    synchronous: value<number>('synchronous'),
    foreign_keys: value<number>('foreign_keys'),
    busy_timeout: value<number>('busy_timeout'),
    secure_delete: value<number>('secure_delete'),
    recursive_triggers: value<number>('recursive_triggers'),
  }
}
