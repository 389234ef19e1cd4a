import { ledgerTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `erasure_ledger`: one row per erased customer (ids and basis only), append-only. */
export interface ErasureLedgerTable {
  customer_id: string
  erased_at: string
  user_id: string | null
  basis: string
  /** The erased phone's blind index (0013), so a row with that phone arriving later is scrubbed too. */
  phone_bidx: Uint8Array | null
}

export type ErasureLedgerRow = Row<ErasureLedgerTable>

/** Sync class: ledger (an erasure, once known, beats everything on every desk). */
export const erasureLedgerSync = ledgerTable<ErasureLedgerTable>(['customer_id'])
