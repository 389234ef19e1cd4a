import { sql, type Kysely } from 'kysely'

// Frozen: once shipped, change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) =>
  `CHECK (${column} IS NULL OR (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`
const CLOSE_TIME = (column: string) => `CHECK (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')`
/** The desk that wrote a row: `local` until it enrols, then the one or two letters the server gave it (SYNC.md, "Numbers"). */
const DESK = `desk TEXT NOT NULL DEFAULT 'local' CHECK (desk = 'local' OR desk GLOB '[A-Z]' OR desk GLOB '[A-Z][A-Z]')`
/** A ticket's salon day (YYMMDD) and number: `261124-007`. */
const TICKET_TAIL = '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9]*'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Two refunds of one sale (SYNC.md, "Hard cases"): two desks offline may each refund it, and
  // line-level credit notes will refund one sale in parts. The one-refund index goes; the API
  // refuses a refund past what the sale took (db/bills/bill.repository.ts), check-db the rest.
  await run(`DROP INDEX bills_one_refund_per_sale`)
  await run(`CREATE INDEX bills_refunds_of_sale ON bills (original_bill_id) WHERE original_bill_id IS NOT NULL`)
  // The desk that posted the bill (ledger: part of the document, never changed).
  await run(`ALTER TABLE bills ADD COLUMN ${DESK}`)
  await run(`DROP TRIGGER bills_no_update`)
  await run(`CREATE TRIGGER bills_no_update BEFORE UPDATE OF
      id, invoice_number, kind, original_bill_id, customer_id, customer_name, subtotal, discount, gst_rate_bp,
      cgst, sgst, total, rounded_total, rounding_adjustment, refund_reason, posted_at, created_by, desk ON bills
    BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)

  // Three tables are rebuilt, as SQLite asks (https://sqlite.org/lang_altertable.html#otheralter):
  // a column's UNIQUE and a CHECK cannot be altered. Every row keeps its rowid (the name index
  // points at customers' rowids), then each table's indexes and triggers are made again. Foreign
  // keys are off while the tables swap (a pragma that works only outside a transaction), checked
  // before commit, and on again after.
  const foreignKeys = (await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db)).rows[0]?.foreign_keys ?? 1
  await run(`PRAGMA foreign_keys = OFF`)
  try {
    await run(`BEGIN IMMEDIATE`)
    try {
      await rebuildCustomers(run)
      await rebuildVisits(run)
      await rebuildDayCloses(run)
      const broken = (await sql`PRAGMA foreign_key_check`.execute(db)).rows
      if (broken.length > 0) throw new Error(`0016_sync_schema: ${broken.length} row(s) point at a missing row after the rebuild`)
      await run(`COMMIT`)
    } catch (error) {
      await run(`ROLLBACK`)
      throw error
    }
  } finally {
    await run(`PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  }
}

type Run = (text: string) => Promise<unknown>

const CUSTOMER_COLUMNS = `id, first_name, last_name, phone, phone_bidx, phone_last4_bidx, email, date_of_birth, birthday_bidx, gender, notes,
  total_visits, total_spent, last_visit_at, deleted_at, created_at, updated_at, erased_at`

/**
 * Customers gain `duplicate_of` (record): the same phone registered on two desks offline keeps
 * both customers, and the later one is marked a duplicate of the first, to be merged. A phone is
 * unique among customers that are not duplicates (erased customers have no phone).
 */
async function rebuildCustomers(run: Run): Promise<void> {
  await run(`CREATE TABLE customers_new (
        id TEXT PRIMARY KEY CHECK (length(id) = 26),
        first_name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(first_name)) BETWEEN 1 AND 100),
        last_name TEXT COLLATE NOCASE CHECK (last_name IS NULL OR length(last_name) BETWEEN 1 AND 100),
        phone BLOB,
        phone_bidx BLOB,
        phone_last4_bidx BLOB,
        email BLOB,
        date_of_birth BLOB,
        birthday_bidx BLOB,
        gender TEXT CHECK (gender IS NULL OR length(gender) BETWEEN 1 AND 40),
        notes TEXT CHECK (notes IS NULL OR length(notes) <= 5000),
        total_visits INTEGER NOT NULL DEFAULT 0 CHECK (total_visits >= 0),
        total_spent INTEGER NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
        last_visit_at TEXT ${STORED_TIME('last_visit_at')},
        deleted_at TEXT ${STORED_TIME('deleted_at')},
        created_at TEXT NOT NULL ${STORED_TIME('created_at')},
        updated_at TEXT NOT NULL ${STORED_TIME('updated_at')},
        erased_at TEXT CHECK (erased_at IS NULL OR length(erased_at) = 24),
        duplicate_of TEXT REFERENCES customers (id) CHECK (duplicate_of IS NULL OR duplicate_of != id),
        CHECK ((phone IS NULL) = (phone_bidx IS NULL) AND (phone IS NULL) = (phone_last4_bidx IS NULL)),
        CHECK ((date_of_birth IS NULL) = (birthday_bidx IS NULL))
      ) STRICT`)
  await run(`INSERT INTO customers_new (rowid, ${CUSTOMER_COLUMNS}) SELECT rowid, ${CUSTOMER_COLUMNS} FROM customers`)
  await run(`DROP TABLE customers`)
  await run(`ALTER TABLE customers_new RENAME TO customers`)

  await run(`CREATE UNIQUE INDEX customers_phone_unique ON customers (phone_bidx) WHERE duplicate_of IS NULL`)
  await run(`CREATE INDEX customers_duplicates ON customers (duplicate_of) WHERE duplicate_of IS NOT NULL`)
  await run(`CREATE INDEX customers_live_last4 ON customers (phone_last4_bidx) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_live_first_name ON customers (first_name, last_name) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_live_last_name ON customers (last_name, first_name) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_live_top_spend ON customers (total_spent DESC, id) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_live_last_seen ON customers (coalesce(last_visit_at, created_at) DESC, id) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_live_birthday ON customers (birthday_bidx) WHERE deleted_at IS NULL`)
  await run(`CREATE INDEX customers_deleted ON customers (deleted_at DESC) WHERE deleted_at IS NOT NULL`)

  // The name index (external content over customers' rowids): its triggers went with the old
  // table; made again, and the index rebuilt from the table so it matches row for row.
  await run(`CREATE TRIGGER customers_name_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customers_name_fts (rowid, first_name, last_name) VALUES (new.rowid, new.first_name, new.last_name);
      END`)
  await run(`CREATE TRIGGER customers_name_fts_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customers_name_fts (customers_name_fts, rowid, first_name, last_name) VALUES ('delete', old.rowid, old.first_name, old.last_name);
      END`)
  await run(`CREATE TRIGGER customers_name_fts_update AFTER UPDATE OF first_name, last_name ON customers BEGIN
        INSERT INTO customers_name_fts (customers_name_fts, rowid, first_name, last_name) VALUES ('delete', old.rowid, old.first_name, old.last_name);
        INSERT INTO customers_name_fts (rowid, first_name, last_name) VALUES (new.rowid, new.first_name, new.last_name);
      END`)
  await run(`INSERT INTO customers_name_fts (customers_name_fts) VALUES ('rebuild')`)
}

const VISIT_COLUMNS = `id, ticket_number, kind, customer_id, customer_name, customer_phone, customer_phone_bidx, service, status, salon_day,
  scheduled_at, duration_minutes, checked_in_at, started_at, completed_at, created_by, created_at, updated_at, stylist_id, service_id`

/** Visits gain the desk that made them (record), and a ticket may carry an enrolled desk's code: `TKT-A-261124-007`. */
async function rebuildVisits(run: Run): Promise<void> {
  await run(`CREATE TABLE visits_new (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    ticket_number TEXT NOT NULL UNIQUE CHECK (ticket_number GLOB 'TKT-${TICKET_TAIL}' OR ticket_number GLOB 'TKT-[A-Z]-${TICKET_TAIL}' OR ticket_number GLOB 'TKT-[A-Z][A-Z]-${TICKET_TAIL}'),
    kind TEXT NOT NULL CHECK (kind IN ('walkin', 'appointment')),
    customer_id TEXT REFERENCES customers (id),
    customer_name TEXT CHECK (customer_name IS NULL OR length(customer_name) BETWEEN 1 AND 100),
    customer_phone BLOB,
    customer_phone_bidx BLOB,
    service TEXT CHECK (service IS NULL OR length(service) BETWEEN 1 AND 100),
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'checked_in', 'in_progress', 'completed', 'cancelled', 'no_show')),
    salon_day TEXT NOT NULL CHECK (salon_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    scheduled_at TEXT ${STORED_TIME('scheduled_at')},
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 600),
    checked_in_at TEXT ${STORED_TIME('checked_in_at')},
    started_at TEXT ${STORED_TIME('started_at')},
    completed_at TEXT ${STORED_TIME('completed_at')},
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL ${STORED_TIME('created_at')},
    updated_at TEXT NOT NULL ${STORED_TIME('updated_at')},
    stylist_id TEXT REFERENCES users (id),
    service_id TEXT CHECK (service_id IS NULL OR length(service_id) BETWEEN 1 AND 64),
    ${DESK},
    CHECK (customer_id IS NOT NULL OR customer_name IS NOT NULL),
    CHECK (customer_id IS NULL OR (customer_name IS NULL AND customer_phone IS NULL)),
    CHECK ((kind = 'appointment') = (scheduled_at IS NOT NULL AND duration_minutes IS NOT NULL)),
    CHECK ((customer_phone IS NULL) = (customer_phone_bidx IS NULL))
  ) STRICT`)
  await run(`INSERT INTO visits_new (rowid, ${VISIT_COLUMNS}) SELECT rowid, ${VISIT_COLUMNS} FROM visits`)
  await run(`DROP TABLE visits`)
  await run(`ALTER TABLE visits_new RENAME TO visits`)
  await run(`CREATE INDEX visits_by_day ON visits (salon_day, checked_in_at, id)`)
  await run(`CREATE INDEX visits_by_customer ON visits (customer_id, coalesce(scheduled_at, created_at) DESC, id DESC) WHERE customer_id IS NOT NULL`)
  await run(`CREATE INDEX visits_by_anonymous_phone ON visits (customer_phone_bidx) WHERE customer_phone_bidx IS NOT NULL`)
  await run(`CREATE INDEX visits_by_stylist_day ON visits (stylist_id, salon_day, scheduled_at) WHERE stylist_id IS NOT NULL AND kind = 'appointment'`)
}

const CLOSE_COLUMNS = `id, business_day, covers_from, covers_until, closed_at, closed_by, sales_count, refunds_count, sales_total, refunds_total,
  opening_float, expected_cash, counted_cash, difference, reason, denominations`

/** Each desk closes its own drawer: one close per desk and business day (the desk's own, ledger). */
async function rebuildDayCloses(run: Run): Promise<void> {
  await run(`CREATE TABLE day_closes_new (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    business_day TEXT NOT NULL CHECK (business_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    covers_from TEXT ${STORED_TIME('covers_from')},
    covers_until TEXT NOT NULL ${CLOSE_TIME('covers_until')},
    closed_at TEXT NOT NULL ${CLOSE_TIME('closed_at')},
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
    ${DESK},
    UNIQUE (desk, business_day),
    CHECK (covers_from IS NULL OR covers_from < covers_until),
    CHECK (difference = 0 OR reason IS NOT NULL)
  ) STRICT`)
  await run(`INSERT INTO day_closes_new (rowid, ${CLOSE_COLUMNS}) SELECT rowid, ${CLOSE_COLUMNS} FROM day_closes`)
  await run(`DROP TABLE day_closes`)
  await run(`ALTER TABLE day_closes_new RENAME TO day_closes`)
  await run(`CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END`)
  await run(`CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN SELECT RAISE(ABORT, 'a closed day cannot be changed'); END`)
  await run(`CREATE INDEX day_closes_by_cover ON day_closes (covers_until DESC)`)
}
