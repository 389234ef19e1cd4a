import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) =>
  `CHECK (${column} IS NULL OR (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE customers (
        id TEXT PRIMARY KEY CHECK (length(id) = 26),
        first_name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(first_name)) BETWEEN 1 AND 100),
        last_name TEXT COLLATE NOCASE CHECK (last_name IS NULL OR length(last_name) BETWEEN 1 AND 100),
        phone BLOB,
        phone_bidx BLOB UNIQUE,
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
        CHECK ((phone IS NULL) = (phone_bidx IS NULL) AND (phone IS NULL) = (phone_last4_bidx IS NULL)),
        CHECK ((date_of_birth IS NULL) = (birthday_bidx IS NULL))
      ) STRICT`,
    )
    .execute(db)

  // Counter search and dashboards only ever look at live customers: partial indexes keep them small.
  await sql.raw(`CREATE INDEX customers_live_last4 ON customers (phone_last4_bidx) WHERE deleted_at IS NULL`).execute(db)
  await sql.raw(`CREATE INDEX customers_live_first_name ON customers (first_name, last_name) WHERE deleted_at IS NULL`).execute(db)
  await sql.raw(`CREATE INDEX customers_live_last_name ON customers (last_name, first_name) WHERE deleted_at IS NULL`).execute(db)
  await sql.raw(`CREATE INDEX customers_live_top_spend ON customers (total_spent DESC, id) WHERE deleted_at IS NULL`).execute(db)
  // "Not seen since": a customer who never visited counts from the day they joined.
  await sql
    .raw(`CREATE INDEX customers_live_last_seen ON customers (coalesce(last_visit_at, created_at) DESC, id) WHERE deleted_at IS NULL`)
    .execute(db)
  await sql.raw(`CREATE INDEX customers_live_birthday ON customers (birthday_bidx) WHERE deleted_at IS NULL`).execute(db)
  await sql.raw(`CREATE INDEX customers_deleted ON customers (deleted_at DESC) WHERE deleted_at IS NOT NULL`).execute(db)

  // Substring name search at a million rows: a trigram index over first and last name, kept in
  // step by triggers. External content: the names are stored once, in `customers`.
  await sql
    .raw(
      `CREATE VIRTUAL TABLE customers_name_fts USING fts5(
        first_name, last_name, content='customers', content_rowid='rowid', tokenize='trigram case_sensitive 0'
      )`,
    )
    .execute(db)
  await sql
    .raw(
      `CREATE TRIGGER customers_name_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customers_name_fts (rowid, first_name, last_name) VALUES (new.rowid, new.first_name, new.last_name);
      END`,
    )
    .execute(db)
  await sql
    .raw(
      `CREATE TRIGGER customers_name_fts_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customers_name_fts (customers_name_fts, rowid, first_name, last_name) VALUES ('delete', old.rowid, old.first_name, old.last_name);
      END`,
    )
    .execute(db)
  // Only name changes touch the index: posting a bill updates totals and must not pay for it.
  await sql
    .raw(
      `CREATE TRIGGER customers_name_fts_update AFTER UPDATE OF first_name, last_name ON customers BEGIN
        INSERT INTO customers_name_fts (customers_name_fts, rowid, first_name, last_name) VALUES ('delete', old.rowid, old.first_name, old.last_name);
        INSERT INTO customers_name_fts (rowid, first_name, last_name) VALUES (new.rowid, new.first_name, new.last_name);
      END`,
    )
    .execute(db)

  await sql
    .raw(
      `CREATE TABLE vault_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_check BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT`,
    )
    .execute(db)
}
