import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

const STORED_TIME = (column: string) =>
  `CHECK (${column} IS NULL OR (length(${column}) = 24 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'))`

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE users (
        id TEXT PRIMARY KEY CHECK (length(id) = 26),
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
        role TEXT NOT NULL CHECK (role IN ('owner', 'receptionist', 'staff')),
        pin_hash TEXT NOT NULL CHECK (pin_hash GLOB '$argon2id$*'),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT ${STORED_TIME('locked_until')},
        created_at TEXT NOT NULL ${STORED_TIME('created_at')},
        updated_at TEXT NOT NULL ${STORED_TIME('updated_at')}
      ) STRICT`,
    )
    .execute(db)

  // Append-only: who did what to which record, when, and how it ended. Never PII values.
  await sql
    .raw(
      `CREATE TABLE audit_log (
        id TEXT PRIMARY KEY CHECK (length(id) = 26),
        at TEXT NOT NULL ${STORED_TIME('at')},
        user_id TEXT,
        action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
        target_id TEXT CHECK (target_id IS NULL OR length(target_id) <= 40),
        customer_id TEXT CHECK (customer_id IS NULL OR length(customer_id) = 26),
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed'))
      ) STRICT`,
    )
    .execute(db)
  await sql.raw(`CREATE INDEX audit_log_by_customer ON audit_log (customer_id, id) WHERE customer_id IS NOT NULL`).execute(db)
  await sql
    .raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`)
    .execute(db)
  await sql
    .raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`)
    .execute(db)

  // One row of typed settings: a new setting is a new column in a new migration.
  await sql
    .raw(
      `CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salon_name TEXT NOT NULL DEFAULT 'My Salon' CHECK (length(trim(salon_name)) BETWEEN 1 AND 80),
        time_zone TEXT NOT NULL DEFAULT 'Asia/Kolkata' CHECK (length(time_zone) BETWEEN 1 AND 64),
        gst_registered INTEGER NOT NULL DEFAULT 1 CHECK (gst_registered IN (0, 1)),
        gst_rate_bp INTEGER NOT NULL DEFAULT 500 CHECK (gst_rate_bp BETWEEN 0 AND 2800 AND gst_rate_bp % 2 = 0),
        invoice_prefix TEXT NOT NULL DEFAULT 'SAL' CHECK (length(invoice_prefix) BETWEEN 1 AND 8),
        idle_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_lock_minutes BETWEEN 1 AND 240),
        updated_at TEXT ${STORED_TIME('updated_at')}
      ) STRICT`,
    )
    .execute(db)
  await sql.raw(`INSERT INTO settings (id) VALUES (1)`).execute(db)
}
