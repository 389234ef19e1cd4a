import type Database from 'better-sqlite3'
import type { PiiVault } from './vault'
import type { VaultMetaTable } from './vault-meta.table'

/**
 * The vault's key check: one known value encrypted at the first open (`vault_meta`), so any
 * later open can tell, read-only and before writing anything, whether a data key is this
 * database's key.
 */
export const KEY_CHECK_PLAINTEXT = 'parlour data key check v1'
export const KEY_CHECK_PLACE = ['vault_meta', 'key_check', '1'] as const

/** 'absent' for a database not yet given a key check (new), else whether `vault` opens it. */
export function keyCheckOf(db: Database.Database, vault: PiiVault): 'absent' | 'opens' | 'refuses' {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'vault_meta'`).get()
  if (!hasTable) return 'absent'
  const row = db.prepare(`SELECT key_check FROM vault_meta WHERE id = 1`).get() as Pick<VaultMetaTable, 'key_check'> | undefined
  if (!row) return 'absent'
  const opened = vault.tryDecrypt(...KEY_CHECK_PLACE, row.key_check)
  return opened.ok && opened.value === KEY_CHECK_PLAINTEXT ? 'opens' : 'refuses'
}
