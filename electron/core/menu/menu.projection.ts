import type { MenuItemRow } from '../../../db/menu/menu-items.table'
import { formatInZone } from '../../../db/zoned-time'
import type { MenuItem } from './menu.shapes'

export const toMenuItem = (row: MenuItemRow, zone: string): MenuItem => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  category: row.category,
  price: row.price,
  duration_minutes: row.duration_minutes,
  tax_code: row.tax_code,
  gst_rate_bp: row.gst_rate_bp,
  price_editable: row.price_editable === 1,
  active: row.active === 1,
  updated_at: formatInZone(row.updated_at, zone),
})
