import type { AuditRow } from '../../../db/audit/audit-log.table'

// What the audit methods return, as plain JSON (times as ISO-8601 in the salon's zone).

export type AuditEntry = Pick<AuditRow, 'id' | 'at' | 'user_id' | 'action' | 'target_id'> & {
  /** What was touched, for people: "Bill SAL-26-0042", "Ticket TKT-261124-003", "User Ravi Kumar"; null when the action names it. */
  target: string | null
} & Pick<AuditRow, 'customer_id'> & {
    /** The customer's name now ("Erased customer …" once erased); null when the entry names no customer. */
    customer_name: string | null
  } & Pick<AuditRow, 'outcome'> & {
    /** Made in a database a restore replaced, and carried into the restored log so it is never rolled back. */
    carried_over: boolean
  }

/**
 * Something the owner should know, from the audit log of the last week: `searches_paused`, a
 * user searched customers far faster than anyone types and was paused (a script collecting
 * them, most likely); `logins_refused`, a burst of logins for people who are not here. And from
 * the settings, for as long as it holds: `invoice_prefix_too_long`, the invoice prefix (set
 * before the rule was enforced) lets a series pass the 16 characters GST allows.
 */
export type AuditNotice =
  | {
      /** The audit entry that recorded it. */
      id: string
      at: string
      kind: 'searches_paused' | 'logins_refused'
      /** Who searched (searches_paused); null for logins_refused, where nobody was logged in. */
      user_id: string | null
      /** Their name now; null when there is no user or they are gone. */
      user_name: string | null
    }
  | {
      /** `invoice-prefix`: no audit entry records it; it lasts until the prefix is changed. */
      id: string
      /** Now: it holds today. */
      at: string
      kind: 'invoice_prefix_too_long'
      user_id: null
      user_name: null
      /** The prefix in the settings (vocabulary/invoice-series.ts words the problem and the fix). */
      invoice_prefix: string
    }
