import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) => `CHECK (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // The end of a salon day at the counter: what the bills took by payment method, the cash that
  // should be in the drawer against the cash counted, and why they differ. Sync class: ledger
  // (insert-only, ULID; once desks sync, each close is of one desk's drawer). A close covers the
  // bills posted after the previous close's cover, up to its own: a bill posted after a close
  // belongs to the next day's.
  await run(`CREATE TABLE day_closes (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    business_day TEXT NOT NULL UNIQUE CHECK (business_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    covers_from TEXT CHECK (covers_from IS NULL OR (length(covers_from) = 24 AND covers_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')),
    covers_until TEXT NOT NULL ${STORED_TIME('covers_until')},
    closed_at TEXT NOT NULL ${STORED_TIME('closed_at')},
    closed_by TEXT NOT NULL REFERENCES users (id),
    sales_count INTEGER NOT NULL CHECK (sales_count >= 0),
    refunds_count INTEGER NOT NULL CHECK (refunds_count >= 0),
    sales_total INTEGER NOT NULL CHECK (sales_total >= 0),
    refunds_total INTEGER NOT NULL CHECK (refunds_total >= 0),
    opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
    expected_cash INTEGER NOT NULL,
    counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),
    difference INTEGER NOT NULL CHECK (difference = counted_cash - expected_cash),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 300),
    denominations TEXT CHECK (denominations IS NULL OR json_valid(denominations)),
    CHECK (covers_from IS NULL OR covers_from < covers_until),
    CHECK (difference = 0 OR reason IS NOT NULL)
  ) STRICT`)
  // Takings by payment method, sales and refunds apart: the lines of the close's report.
  await run(`CREATE TABLE day_close_takings (
    close_id TEXT NOT NULL REFERENCES day_closes (id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card', 'other')),
    sales INTEGER NOT NULL CHECK (sales >= 0),
    refunds INTEGER NOT NULL CHECK (refunds >= 0),
    PRIMARY KEY (close_id, method)
  ) STRICT`)
  for (const table of ['day_closes', 'day_close_takings']) {
    await run(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END`)
    await run(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END`)
  }
  await run(`CREATE INDEX day_closes_by_cover ON day_closes (covers_until DESC)`)
}
