import type { Bill } from '../bills/bills.shapes'
import type { CustomerDetailRecord, CustomerSummaryRecord } from '../../../db/customers/customer.decoder'
import type { VisitRow } from '../../../db/visits/visits.table'
import type { ErasureEntry } from '../../../db/customers/erasure'

// What the customers methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type PiiField = 'phone' | 'email' | 'date_of_birth'

/**
 * A customer as lists show them: the "Customer Summary Response" of the customer model document,
 * with the phone masked. A list of customers (a search, the deleted ones) never carries a whole
 * phone number; the customer's page does (`CustomerDetail`), and opening it is audited.
 */
export type CustomerSummary = Pick<CustomerSummaryRecord, 'id' | 'total_visits' | 'total_spent' | 'last_visit_at'> & {
  full_name: string
  /**
   * Every digit but the last 4 hidden, as the number is read: `+91 ••••• •3210` (an Indian
   * mobile), `+44 ••••••3456`; '' only when the stored value failed its integrity check.
   */
  phone_masked: string
  /** Rupees, for display convenience only: never do arithmetic on it. */
  total_spent_rupees: number
  /** = created_at */
  member_since: string
  /** Present only when an encrypted field failed its integrity check (reported, never returned as data). */
  unreadable_fields?: PiiField[]
}

/** A summary with the whole phone: the owner's own lists to call from (top spenders, not seen lately, birthdays). */
export type CustomerContact = CustomerSummary & {
  /** E.164 (`+919876543210`); '' only when the stored value failed its integrity check. */
  phone: string
}

/** One customer's page: everything held about them, the whole phone included (`customers.get` is audited). */
export type CustomerDetail = CustomerContact &
  Pick<CustomerDetailRecord, 'first_name' | 'last_name' | 'email' | 'date_of_birth' | 'gender' | 'notes' | 'created_at' | 'updated_at' | 'deleted_at'>

export type HistoryItem =
  | { kind: 'bill' | 'refund'; at: string; bill: Bill }
  | Pick<VisitRow, 'kind' | 'ticket_number' | 'service' | 'status'> & { at: string }

/** What an erasure did beyond the database, and what it could not reach, for the owner to read. */
export type ErasureResult = Pick<ErasureEntry, 'customer_id' | 'erased_at'> & {
  /** Export files Parlour wrote that were cleaned: the customer's own exports deleted, customers CSVs their rows were taken out of. */
  exports_cleaned: number
  /** Export files Parlour wrote that may still hold the customer and could not be cleaned, each with what to do. */
  exports_left: { file: string; reason: string }[]
  /** Backups (and databases a restore set aside) made before the erasure that still hold the customer. */
  backups_holding: number
  /** The salon day (YYYY-MM-DD) by which the backup schedule removes the last of them; null when none holds the customer. */
  backups_gone_by: string | null
  /** All of this in plain words for the owner. */
  message: string
}

export type CustomerExportResult = { json_file: string; html_file: string; bills: number; visits: number }

export type CsvExportResult = { file: string; rows: number }

/**
 * How the counter's search read what was typed, in words: what it looked for and, when that
 * cannot find one number, what to type instead. `phone` is set only for a whole valid mobile.
 */
export type SearchReading = {
  kind: 'name' | 'last4' | 'phone' | 'partial-phone' | 'not-a-mobile'
  /** Completes "No customer matches …": "the last 4 digits 9820". */
  understood: string
  /** What to type instead, or why the digits cannot be a mobile; null when nothing to add. */
  hint: string | null
  /** E.164, only when the query is a whole valid mobile (the counter may offer to create a customer with it). */
  phone: string | null
}
