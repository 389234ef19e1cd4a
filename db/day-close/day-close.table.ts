import type { PaymentMethod } from '../../vocabulary'
import { ledgerTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `day_closes`: one closed salon day at the counter (sync class: ledger; triggers refuse changes). Amounts in paise. */
export interface DayClosesTable {
  id: string
  business_day: string
  /** The end of the previous close's cover (exclusive), or null for the first close. */
  covers_from: string | null
  /** The last moment this close covers (inclusive): bills posted after it belong to the next close. */
  covers_until: string
  closed_at: string
  closed_by: string
  sales_count: number
  refunds_count: number
  sales_total: number
  refunds_total: number
  opening_float: number
  /** Opening float + cash sales − cash refunds. */
  expected_cash: number
  counted_cash: number
  /** Counted − expected: positive when the drawer holds more than it should. */
  difference: number
  reason: string | null
  /** JSON `{ "500": 3, "100": 7, … }` (rupee notes and coins), when counted that way. */
  denominations: string | null
  /** The desk whose drawer this closes: one close per desk and business day. */
  desk: string
}

/** `day_close_takings`: a close's takings per payment method. */
export interface DayCloseTakingsTable {
  close_id: string
  method: PaymentMethod
  sales: number
  refunds: number
}

export type DayCloseRow = Row<DayClosesTable>
export type DayCloseTakingsRow = Row<DayCloseTakingsTable>

/** Sync class: ledger (a desk's close of its drawer, with its takings). */
export const dayClosesSync = ledgerTable<DayClosesTable>(['id'])
export const dayCloseTakingsSync = ledgerTable<DayCloseTakingsTable>(['close_id', 'method'])
