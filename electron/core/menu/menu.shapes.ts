import type { MenuItemRow } from '../../../db/menu/menu-items.table'

// What the menu methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A service or retail product on the salon's menu. */
export type MenuItem = Omit<MenuItemRow, 'price_editable' | 'active' | 'created_at'> & {
  /** Whether the counter may charge another price than the menu's (the owner's call, per item). */
  price_editable: boolean
  /** Retired items stay on past bills but cannot be billed. */
  active: boolean
}
