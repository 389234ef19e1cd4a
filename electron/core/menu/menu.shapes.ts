import type { MenuItemKind } from '../../../vocabulary'

// What the menu methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A service or retail product on the salon's menu. */
export type MenuItem = {
  id: string
  kind: MenuItemKind
  name: string
  category: string | null
  /** Paise. */
  price: number
  /** Services: the usual duration (appointments book it); products: null. */
  duration_minutes: number | null
  /** Services: SAC 999721 (hairdressing and barbers), 999722 (cosmetic and beauty treatment), 999729 (other); products: HSN. */
  tax_code: string
  /** Products: their own GST rate in basis points; services: null (taxed at the salon's rate). */
  gst_rate_bp: number | null
  /** Whether the counter may charge another price than the menu's (the owner's call, per item). */
  price_editable: boolean
  /** Retired items stay on past bills but cannot be billed. */
  active: boolean
  updated_at: string
}
