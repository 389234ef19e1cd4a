import type { Generated, Insertable } from 'kysely'
import type { AuditOutcome } from '../../vocabulary'
import { ledgerTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `audit_log`: append-only (triggers refuse UPDATE and DELETE); ids and actions only, never PII. */
export interface AuditLogTable {
  id: string
  at: string
  user_id: string | null
  action: string
  /** The id the entry touched; for a search (`customers.search_*`), how many customers it showed: `results:3`. */
  target_id: string | null
  customer_id: string | null
  outcome: AuditOutcome
  /** The invoice or credit note number a `bill.post` or `bill.refund` entry issued, known even once a restore rolls the bill back (null before migration 0013 and for every other action). */
  invoice_number: string | null
  /** 1: made in a database a restore replaced, and carried into the restored log. */
  carried_over: Generated<0 | 1>
}

export type AuditRow = Row<AuditLogTable>
export type NewAuditRow = Insertable<AuditLogTable>

/** Sync class: ledger (reads included: entries carry what was read, never a query). */
export const auditLogSync = ledgerTable<AuditLogTable>(['id'])
