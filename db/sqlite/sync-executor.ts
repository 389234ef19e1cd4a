import type BetterSqlite3 from 'better-sqlite3'
import type { Compilable } from 'kysely'

const MAX_CACHED_STATEMENTS = 512

/**
 * Runs Kysely-built queries synchronously on better-sqlite3, with prepared statements cached by
 * their SQL text. Kysely gives the types; this gives speed (its own SQLite driver prepares every
 * query again) and, above all, synchronous transactions: a transaction here runs start to
 * commit in one turn of the event loop, so no other call can interleave with it
 * (ARCHITECTURE rule 10). Every write in Parlour goes through this executor.
 */
export class SyncExecutor {
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  /** Called after each outermost write transaction commits, with the WAL's size in pages. */
  onCommit: ((walPages: number) => void) | undefined

  constructor(readonly sqlite: BetterSqlite3.Database) {}

  all<R>(query: Compilable<R>): R[] {
    const compiled = query.compile()
    return this.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as R[]
  }

  get<R>(query: Compilable<R>): R | undefined {
    const compiled = query.compile()
    return this.prepare(compiled.sql).get(...(compiled.parameters as unknown[])) as R | undefined
  }

  run(query: Compilable<unknown>): BetterSqlite3.RunResult {
    const compiled = query.compile()
    return this.prepare(compiled.sql).run(...(compiled.parameters as unknown[]))
  }

  /** A prepared statement for hand-written SQL on hot paths, cached like the rest. */
  prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear()
      statement = this.sqlite.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /** Runs `work` in one immediate transaction (write lock taken at BEGIN, so no upgrade deadlock). */
  transaction<T>(work: () => T): T {
    const outermost = !this.sqlite.inTransaction
    const result = this.sqlite.transaction(work).immediate()
    if (outermost && this.onCommit) this.onCommit(this.walSize())
    return result
  }

  /** Pages in the WAL (NOOP mode: reads the WAL index, checkpoints nothing; SQLite 3.51+). */
  private walSize(): number {
    const [row] = this.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number }[]
    return row?.log ?? 0
  }
}
