import type Database from 'better-sqlite3'
import type { KeyRecoveryTable } from './key-recovery.table'

/** The data key wrapped by the owner's recovery passphrase, as stored (and as a backup's seal carries it). */
export type RecoveryWrap = Omit<KeyRecoveryTable, 'id'>

/**
 * The recovery wrap on an open connection (a database, or a backup copy being sealed), or null
 * when no passphrase is set. Plain SQL on better-sqlite3: runs on a bulk worker too.
 */
export function recoveryWrapIn(db: Database.Database): RecoveryWrap | null {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'key_recovery'`).get()
  if (!hasTable) return null
  const row = db.prepare(`SELECT kdf, ops_limit, mem_limit, salt, nonce, wrapped_key, set_at FROM key_recovery WHERE id = 1`).get() as RecoveryWrap | undefined
  return row ?? null
}
