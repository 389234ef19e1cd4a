import type { MenuItemKind } from '../../vocabulary'
import { recordTable } from '../sync/sync-class'
import type { Row } from '../row'

/**
 * `menu_items`: the salon's services and retail products (sync class: record). Retired, never
 * deleted: bill lines point at them, and keep their own copy of what was charged.
 */
export interface MenuItemsTable {
  id: string
  kind: MenuItemKind
  name: string
  category: string | null
  /** Paise. */
  price: number
  /** Services: the usual duration (appointments book it); products: null. */
  duration_minutes: number | null
  /** Services: SAC 999721 (hairdressing and barbers), 999722 (cosmetic and beauty treatment), 999729 (other); products: HSN (4, 6 or 8 digits). */
  tax_code: string
  /** Products: their own GST rate in basis points; services: null (taxed at the salon's rate). */
  gst_rate_bp: number | null
  /** Whether the counter may charge another price than the menu's for this item (the owner's call, per item). */
  price_editable: 0 | 1
  /** Retired items (0) stay on past bills but cannot be billed. */
  active: 0 | 1
  created_at: string
  updated_at: string
}

export type MenuItemRow = Row<MenuItemsTable>

/** Sync class: record; `updated_at` is this desk's own. */
export const menuItemsSync = recordTable<MenuItemsTable>(['id'], {
  id: 'record',
  kind: 'record',
  name: 'record',
  category: 'record',
  price: 'record',
  duration_minutes: 'record',
  tax_code: 'record',
  gst_rate_bp: 'record',
  price_editable: 'record',
  active: 'record',
  created_at: 'record',
  updated_at: 'local',
})
