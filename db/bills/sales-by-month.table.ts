import { derivedTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `sales_by_month`: the owner's monthly figures, kept up to date by every bill (sync class: derived). */
export interface SalesByMonthTable {
  month: string
  revenue: number
  visits: number
  new_customers: number
  returning_customers: number
}

export type SalesByMonthRow = Row<SalesByMonthTable>

/** Sync class: derived (recomputed from the bills on each desk). */
export const salesByMonthSync = derivedTable
