import type { AuditOutcome } from '../../../vocabulary'

// What the audit methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type AuditEntry = {
  id: string
  at: string
  user_id: string | null
  action: string
  target_id: string | null
  customer_id: string | null
  outcome: AuditOutcome
}
