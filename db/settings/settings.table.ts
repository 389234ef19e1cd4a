import type { Selectable } from 'kysely'

/** `settings`: one typed row (id = 1). GST rate in basis points: 500 = 5% = 2.5% CGST + 2.5% SGST. */
export interface SettingsTable {
  id: number
  salon_name: string
  time_zone: string
  gst_registered: 0 | 1
  gst_rate_bp: number
  invoice_prefix: string
  idle_lock_minutes: number
  /** How many verified backups to keep. */
  backup_keep: number
  /** Where backups go; null = the backups folder beside the database. */
  backup_folder: string | null
  /** JSON: seven [open, close] pairs or nulls, Monday first (db/settings/opening-hours.ts). */
  opening_hours: string
  updated_at: string | null
}

export type SettingsRow = Selectable<SettingsTable>
