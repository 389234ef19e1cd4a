import { sql, type Kysely } from 'kysely'

// Frozen: this migration has shipped. Change the schema with a new numbered migration instead.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time: they must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  // The data key, wrapped by a key derived (argon2id) from the owner's recovery passphrase.
  // It travels inside every backup, so a backup plus the passphrase opens on a new PC.
  await sql
    .raw(
      `CREATE TABLE key_recovery (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kdf TEXT NOT NULL CHECK (kdf = 'argon2id13'),
        ops_limit INTEGER NOT NULL CHECK (ops_limit >= 1),
        mem_limit INTEGER NOT NULL CHECK (mem_limit >= 8192),
        salt BLOB NOT NULL CHECK (length(salt) = 16),
        nonce BLOB NOT NULL CHECK (length(nonce) = 24),
        wrapped_key BLOB NOT NULL CHECK (length(wrapped_key) = 48),
        set_at TEXT NOT NULL CHECK (length(set_at) = 24)
      ) STRICT`,
    )
    .execute(db)
}
