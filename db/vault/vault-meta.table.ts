import { localTable } from '../sync/sync-class'

/** `vault_meta`: a single row whose ciphertext proves, at open, that the data key is the right one. */
export interface VaultMetaTable {
  id: number
  key_check: Uint8Array
  created_at: string
}

/** Sync class: local (this file's key check). */
export const vaultMetaSync = localTable
