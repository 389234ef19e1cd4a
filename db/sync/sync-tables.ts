import type { Database } from '../schema'
import { auditLogSync } from '../audit/audit-log.table'
import { billItemsSync, billPaymentsSync, billsSync, billTaxRatesSync } from '../bills/bills.table'
import { salesByMonthSync } from '../bills/sales-by-month.table'
import { customersSync } from '../customers/customers.table'
import { erasureLedgerSync } from '../customers/erasure-ledger.table'
import { dayClosesSync, dayCloseTakingsSync } from '../day-close/day-close.table'
import { draftsSync } from '../drafts/drafts.table'
import { keyRecoverySync } from '../key-recovery/key-recovery.table'
import { menuItemsSync } from '../menu/menu-items.table'
import { countersSync } from '../numbering/counters.table'
import { deskSettingsSync } from '../settings/desk-settings.table'
import { gstKindsSync } from '../settings/gst-kinds.table'
import { settingsSync } from '../settings/settings.table'
import { userLockoutsSync } from '../users/user-lockouts.table'
import { usersSync } from '../users/users.table'
import { vaultMetaSync } from '../vault/vault-meta.table'
import { visitsSync } from '../visits/visits.table'
import type { SyncClass, TableSync } from './sync-class'
import { syncDeskSync, syncFieldClocksSync, syncOutboxSync } from './sync.table'

/**
 * Every table's sync class, gathered from beside each table's definition. A table of the schema
 * without one does not compile; sync-tables.test.ts checks the same against the migrated file,
 * column by column.
 */
export const SYNC_TABLES = {
  customers: customersSync,
  vault_meta: vaultMetaSync,
  users: usersSync,
  audit_log: auditLogSync,
  settings: settingsSync,
  key_recovery: keyRecoverySync,
  counters: countersSync,
  bills: billsSync,
  bill_items: billItemsSync,
  bill_payments: billPaymentsSync,
  bill_tax_rates: billTaxRatesSync,
  menu_items: menuItemsSync,
  visits: visitsSync,
  sales_by_month: salesByMonthSync,
  erasure_ledger: erasureLedgerSync,
  day_closes: dayClosesSync,
  day_close_takings: dayCloseTakingsSync,
  drafts: draftsSync,
  sync_desk: syncDeskSync,
  sync_outbox: syncOutboxSync,
  sync_field_clocks: syncFieldClocksSync,
  user_lockouts: userLockoutsSync,
  desk_settings: deskSettingsSync,
  gst_kinds: gstKindsSync,
} satisfies { [T in keyof Database]: TableSync<Database[T]> }

type Tables = typeof SYNC_TABLES
/** The tables whose declaration is of this class (told apart by `class`, whatever their row type). */
type NamesOf<C extends SyncClass> = { [T in keyof Tables]: Tables[T] extends { readonly class: C } ? T : never }[keyof Tables]

export type LedgerName = NamesOf<'ledger'>
export type RecordName = NamesOf<'record'>
export type SyncedName = LedgerName | RecordName
export type UnsyncedName = NamesOf<'derived' | 'local'>

export function tableSync(table: string): TableSync<Record<string, unknown>> | undefined {
  return (SYNC_TABLES as Record<string, TableSync<Record<string, unknown>>>)[table]
}
