import { localTable } from '../sync/sync-class'
import type { Row } from '../row'

/**
 * `drafts`: unfinished work at the counter, per user and key (sync class: local, never leaves the
 * desk). `payload` is a vault ciphertext bound to its row: a customer form draft holds a phone,
 * an email and a birthday. `customer_id` (plain id) lets erasure remove a customer's drafts.
 */
export interface DraftsTable {
  id: string
  user_id: string
  draft_key: string
  customer_id: string | null
  payload: Uint8Array
  updated_at: string
}

export type DraftRow = Row<DraftsTable>

/** Sync class: local (each user's unfinished work on this desk). */
export const draftsSync = localTable
