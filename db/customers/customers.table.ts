import type { Generated, Insertable, Updateable } from 'kysely'
import { recordTable } from '../sync/sync-class'
import type { Row } from '../row'

/**
 * `customers`: one row per customer. Phone, email and date of birth are vault ciphertexts
 * (BLOBs that open only on this row and column); the *_bidx columns are keyed blind indexes.
 * Times are UTC ISO-8601 strings; money is integer paise.
 */
export interface CustomersTable {
  id: string
  first_name: string
  last_name: string | null
  phone: Uint8Array | null // null only once erased
  phone_bidx: Uint8Array | null
  phone_last4_bidx: Uint8Array | null
  email: Uint8Array | null
  date_of_birth: Uint8Array | null
  birthday_bidx: Uint8Array | null
  gender: string | null
  notes: string | null
  total_visits: Generated<number>
  /** Paise. */
  total_spent: Generated<number>
  last_visit_at: string | null
  deleted_at: string | null
  /** Set once the customer's PII has been erased (DPDP): nothing personal is left, and it is never restored. */
  erased_at: string | null
  /** A customer registered twice (the same phone on two desks offline): the one they duplicate, to be merged. Not a live customer for search. */
  duplicate_of: string | null
  created_at: string
  updated_at: string
}

export type CustomerRow = Row<CustomersTable>
export type NewCustomerRow = Insertable<CustomersTable>
export type CustomerRowUpdate = Updateable<CustomersTable>

/** Sync class: record. Totals and the last visit are derived from the bills; `updated_at` is this desk's own. */
export const customersSync = recordTable<CustomersTable>(['id'], {
  id: 'record',
  first_name: 'record',
  last_name: 'record',
  phone: 'record',
  phone_bidx: 'record',
  phone_last4_bidx: 'record',
  email: 'record',
  date_of_birth: 'record',
  birthday_bidx: 'record',
  gender: 'record',
  notes: 'record',
  deleted_at: 'record',
  erased_at: 'record',
  duplicate_of: 'record',
  created_at: 'record',
  total_visits: 'derived',
  total_spent: 'derived',
  last_visit_at: 'derived',
  updated_at: 'local',
})
