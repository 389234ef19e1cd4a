import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) =>
  `CHECK (${column} IS NULL OR (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Gap-free numbering: a counter row is bumped inside the transaction that uses the number,
  // so a failed post rolls its number back with it.
  await run(`CREATE TABLE counters (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
    value INTEGER NOT NULL CHECK (value >= 0)
  ) STRICT`)

  // Bills are tax records: written once, never changed (triggers below), kept after erasure.
  await run(`CREATE TABLE bills (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    invoice_number TEXT NOT NULL UNIQUE CHECK (length(invoice_number) BETWEEN 5 AND 40),
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    original_bill_id TEXT REFERENCES bills (id),
    customer_id TEXT REFERENCES customers (id),
    customer_name TEXT CHECK (customer_name IS NULL OR length(customer_name) BETWEEN 1 AND 100),
    customer_phone BLOB,
    customer_phone_bidx BLOB,
    subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
    discount INTEGER NOT NULL CHECK (discount >= 0 AND discount <= subtotal),
    gst_rate_bp INTEGER NOT NULL CHECK (gst_rate_bp BETWEEN 0 AND 2800),
    cgst INTEGER NOT NULL CHECK (cgst >= 0),
    sgst INTEGER NOT NULL CHECK (sgst >= 0),
    total INTEGER NOT NULL CHECK (total = subtotal - discount + cgst + sgst),
    rounded_total INTEGER NOT NULL CHECK (rounded_total >= 0 AND rounded_total % 100 = 0),
    rounding_adjustment INTEGER NOT NULL CHECK (rounding_adjustment = rounded_total - total AND rounding_adjustment BETWEEN -49 AND 50),
    refund_reason TEXT CHECK (refund_reason IS NULL OR length(refund_reason) BETWEEN 1 AND 200),
    posted_at TEXT NOT NULL ${STORED_TIME('posted_at')},
    created_by TEXT NOT NULL REFERENCES users (id),
    CHECK ((kind = 'refund') = (original_bill_id IS NOT NULL)),
    CHECK ((kind = 'refund') = (refund_reason IS NOT NULL)),
    CHECK (customer_id IS NULL OR (customer_name IS NULL AND customer_phone IS NULL)),
    CHECK ((customer_phone IS NULL) = (customer_phone_bidx IS NULL))
  ) STRICT`)
  // A sale is refunded at most once.
  await run(`CREATE UNIQUE INDEX bills_one_refund_per_sale ON bills (original_bill_id) WHERE original_bill_id IS NOT NULL`)
  await run(`CREATE INDEX bills_by_customer ON bills (customer_id, posted_at DESC, id DESC) WHERE customer_id IS NOT NULL`)
  await run(`CREATE INDEX bills_by_time ON bills (posted_at DESC, id DESC)`)
  await run(`CREATE INDEX bills_by_anonymous_phone ON bills (customer_phone_bidx) WHERE customer_phone_bidx IS NOT NULL`)

  await run(`CREATE TABLE bill_items (
    bill_id TEXT NOT NULL REFERENCES bills (id),
    line_no INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 50),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    line_total INTEGER NOT NULL CHECK (line_total = unit_price * quantity),
    PRIMARY KEY (bill_id, line_no)
  ) STRICT, WITHOUT ROWID`)

  await run(`CREATE TABLE bill_payments (
    bill_id TEXT NOT NULL REFERENCES bills (id),
    line_no INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 6),
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card', 'other')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (bill_id, line_no)
  ) STRICT, WITHOUT ROWID`)

  // Immutable tax records. The one change allowed: erasing an anonymous buyer's phone (DPDP).
  for (const table of ['bills', 'bill_items', 'bill_payments']) {
    await run(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  }
  await run(`CREATE TRIGGER bill_items_no_update BEFORE UPDATE ON bill_items BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  await run(`CREATE TRIGGER bill_payments_no_update BEFORE UPDATE ON bill_payments BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  await run(`CREATE TRIGGER bills_no_update BEFORE UPDATE OF
      id, invoice_number, kind, original_bill_id, customer_id, customer_name, subtotal, discount, gst_rate_bp,
      cgst, sgst, total, rounded_total, rounding_adjustment, refund_reason, posted_at, created_by ON bills
    BEGIN SELECT RAISE(ABORT, 'bills are permanent tax records'); END`)
  await run(`CREATE TRIGGER bills_phone_only_erased BEFORE UPDATE OF customer_phone, customer_phone_bidx ON bills
    WHEN NEW.customer_phone IS NOT NULL OR NEW.customer_phone_bidx IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a bill''s phone can only be erased'); END`)

  await run(`CREATE TABLE visits (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    ticket_number TEXT NOT NULL UNIQUE CHECK (ticket_number GLOB 'TKT-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9]*'),
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
    CHECK (customer_id IS NOT NULL OR customer_name IS NOT NULL),
    CHECK (customer_id IS NULL OR (customer_name IS NULL AND customer_phone IS NULL)),
    CHECK ((kind = 'appointment') = (scheduled_at IS NOT NULL AND duration_minutes IS NOT NULL)),
    CHECK ((customer_phone IS NULL) = (customer_phone_bidx IS NULL))
  ) STRICT`)
  await run(`CREATE INDEX visits_by_day ON visits (salon_day, checked_in_at, id)`)
  await run(`CREATE INDEX visits_by_customer ON visits (customer_id, coalesce(scheduled_at, created_at) DESC, id DESC) WHERE customer_id IS NOT NULL`)
  await run(`CREATE INDEX visits_by_anonymous_phone ON visits (customer_phone_bidx) WHERE customer_phone_bidx IS NOT NULL`)

  // The owner's monthly charts, kept as each bill posts (salon months, paise).
  await run(`CREATE TABLE sales_by_month (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    revenue INTEGER NOT NULL DEFAULT 0,
    visits INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
    new_customers INTEGER NOT NULL DEFAULT 0 CHECK (new_customers >= 0),
    returning_customers INTEGER NOT NULL DEFAULT 0 CHECK (returning_customers >= 0)
  ) STRICT`)
}
