import { recordTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `settings`: one typed row (id = 1). The salon's kind under GST is dated, in gst_kinds. GST rate in basis points: 500 = 5% = 2.5% CGST + 2.5% SGST. Sync class: record. */
export interface SettingsTable {
  id: number
  salon_name: string
  time_zone: string
  /** Basis points: 500 = 5%, split as 2.5% CGST + 2.5% SGST. */
  gst_rate_bp: number
  invoice_prefix: string
  idle_lock_minutes: number
  /** JSON: seven [open, close] pairs or nulls, Monday first (db/settings/opening-hours.ts). */
  opening_hours: string
  /** The supplier's particulars on every invoice (CGST Rule 46). */
  legal_name: string | null
  address: string | null
  /** GST state code, `27` (vocabulary GST_STATES); a GSTIN begins with it. */
  state_code: string | null
  gstin: string | null
  salon_phone: string | null
  /** Printed under every invoice. */
  invoice_footer: string | null
  /** The SAC printed on lines without a code of their own: 999721 (hairdressing and barbers' services) unless the owner says otherwise. */
  default_sac: string
  updated_at: string | null
}

export type SettingsRow = Row<SettingsTable>

/** Sync class: record (the salon's settings); the desk's own live in desk_settings (desk-settings.table.ts). */
export const settingsSync = recordTable<SettingsTable>(['id'], {
  id: 'record',
  salon_name: 'record',
  time_zone: 'record',
  gst_rate_bp: 'record',
  invoice_prefix: 'record',
  idle_lock_minutes: 'record',
  opening_hours: 'record',
  legal_name: 'record',
  address: 'record',
  state_code: 'record',
  gstin: 'record',
  salon_phone: 'record',
  invoice_footer: 'record',
  default_sac: 'record',
  updated_at: 'local',
})
