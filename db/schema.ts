import type { Selectable } from 'kysely'
import type { Exactly } from '../vocabulary/type-checks'
import type { Row } from './row'
import type { AuditLogTable } from './audit/audit-log.table'
import type { BillItemsTable, BillPaymentsTable, BillsTable, BillTaxRatesTable } from './bills/bills.table'
import type { MenuItemsTable } from './menu/menu-items.table'
import type { SalesByMonthTable } from './bills/sales-by-month.table'
import type { CountersTable } from './numbering/counters.table'
import type { DayClosesTable, DayCloseTakingsTable } from './day-close/day-close.table'
import type { VisitsTable } from './visits/visits.table'
import type { DraftsTable } from './drafts/drafts.table'
import type { CustomersTable } from './customers/customers.table'
import type { ErasureLedgerTable } from './customers/erasure-ledger.table'
import type { KeyRecoveryTable } from './key-recovery/key-recovery.table'
import type { SettingsTable } from './settings/settings.table'
import type { DeskSettingsTable } from './settings/desk-settings.table'
import type { GstKindsTable } from './settings/gst-kinds.table'
import type { UsersTable } from './users/users.table'
import type { UserLockoutsTable } from './users/user-lockouts.table'
import type { VaultMetaTable } from './vault/vault-meta.table'
import type { SyncDeskTable, SyncFieldClocksTable, SyncOutboxTable } from './sync/sync.table'

/** Every table Kysely may touch, by name. Each table's type sits next to its repository (`<feature>/<table>.table.ts`). */
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
  bill_tax_rates: BillTaxRatesTable
  menu_items: MenuItemsTable
  visits: VisitsTable
  sales_by_month: SalesByMonthTable
  erasure_ledger: ErasureLedgerTable
  day_closes: DayClosesTable
  day_close_takings: DayCloseTakingsTable
  drafts: DraftsTable
  sync_desk: SyncDeskTable
  sync_outbox: SyncOutboxTable
  sync_field_clocks: SyncFieldClocksTable
  user_lockouts: UserLockoutsTable
  desk_settings: DeskSettingsTable
  gst_kinds: GstKindsTable
}

/** Every table's `Row<>` is what Kysely's `Selectable<>` reads (db/row.ts says why both exist). */
const _rowsAreSelectable: Exactly<{ [T in keyof Database]: Row<Database[T]> }, { [T in keyof Database]: Selectable<Database[T]> }> = true
