import type { CustomersTable } from './tables/customers.table'
import type { VaultMetaTable } from './tables/vault-meta.table'

/** Every table Kysely may touch, by name. Each table's type lives in its own `tables/*.table.ts`. */
export interface Database {
  customers: CustomersTable
  vault_meta: VaultMetaTable
}
