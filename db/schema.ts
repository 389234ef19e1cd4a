import type { AuditLogTable } from './tables/audit-log.table'
import type { BillItemsTable, BillPaymentsTable, BillsTable, CountersTable, SalesByMonthTable } from './tables/bills.table'
import type { VisitsTable } from './tables/visits.table'
import type { CustomersTable } from './tables/customers.table'
import type { ErasureLedgerTable } from './tables/erasure-ledger.table'
import type { KeyRecoveryTable } from './tables/key-recovery.table'
import type { SettingsTable } from './tables/settings.table'
import type { UsersTable } from './tables/users.table'
import type { VaultMetaTable } from './tables/vault-meta.table'

/** Every table Kysely may touch, by name. Each table's type lives in its own `tables/*.table.ts`. */
export interface Database {
  customers: CustomersTable
  vault_meta: VaultMetaTable
  users: UsersTable
  audit_log: AuditLogTable
  settings: SettingsTable
  key_recovery: KeyRecoveryTable
  counters: CountersTable
  bills: BillsTable
  bill_items: BillItemsTable
  bill_payments: BillPaymentsTable
  visits: VisitsTable
  sales_by_month: SalesByMonthTable
  erasure_ledger: ErasureLedgerTable
}
