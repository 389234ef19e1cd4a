import type { Selectable } from 'kysely'
import type { AuditOutcome } from '../../vocabulary'

/** `audit_log`: append-only (triggers refuse UPDATE and DELETE); ids and actions only, never PII. */
export interface AuditLogTable {
  id: string
  at: string
  user_id: string | null
  action: string
  target_id: string | null
  customer_id: string | null
  outcome: AuditOutcome
}

export type AuditRow = Selectable<AuditLogTable>
