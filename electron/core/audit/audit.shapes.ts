import type { AuditOutcome } from '../../../vocabulary'

// What the audit methods return, as plain JSON (times as ISO-8601 in the salon's zone).

export type AuditEntry = {
  id: string
  at: string
  user_id: string | null
  action: string
  target_id: string | null
  /** What was touched, for people: "Bill SAL-26-0042", "Ticket TKT-261124-003", "User Ravi Kumar"; null when the action names it. */
  target: string | null
  customer_id: string | null
  /** The customer's name now ("Erased customer …" once erased); null when the entry names no customer. */
  customer_name: string | null
  outcome: AuditOutcome
  /** Made in a database a restore replaced, and carried into the restored log so it is never rolled back. */
  carried_over: boolean
}
