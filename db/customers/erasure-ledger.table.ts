/** `erasure_ledger`: one row per erased customer (ids and basis only), append-only. */
export interface ErasureLedgerTable {
  customer_id: string
  erased_at: string
  user_id: string | null
  basis: string
}
