import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // Work in progress at the counter (a customer form, the bill being built, notes that did not
  // save), one row per user and draft key, until it is posted, saved or discarded on purpose.
  // The payload is a vault ciphertext: a customer form draft holds a phone, email and birthday.
  // Sync class: local (never leaves the desk).
  await run(`CREATE TABLE drafts (
    id TEXT PRIMARY KEY CHECK (length(id) = 26),
    user_id TEXT NOT NULL REFERENCES users (id),
    draft_key TEXT NOT NULL CHECK (length(draft_key) BETWEEN 1 AND 80),
    customer_id TEXT CHECK (customer_id IS NULL OR length(customer_id) = 26),
    payload BLOB NOT NULL,
    updated_at TEXT NOT NULL CHECK (length(updated_at) = 24),
    UNIQUE (user_id, draft_key)
  ) STRICT`)
  // Erasure removes a customer's drafts with the rest of their personal data.
  await run(`CREATE INDEX drafts_customer ON drafts (customer_id) WHERE customer_id IS NOT NULL`)
}
