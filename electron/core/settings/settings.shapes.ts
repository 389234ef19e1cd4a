import type { SalonSettings } from '../../../db/settings/settings.repository'

// What the settings methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** What every role receives: the salon's name, zone and GST (its kind today and changes to come), the lock, and this desk's backups. */
type ForEveryone = 'salon_name' | 'time_zone' | 'gst_registered' | 'gst_kind' | 'gst_kind_changes' | 'gst_rate_bp' | 'invoice_prefix' | 'idle_lock_minutes' | 'backup_keep' | 'backup_folder'

/**
 * The salon's settings and this desk's own. The supplier's particulars on invoices (null until
 * the owner gives them), the default SAC and the printer are absent for staff, who print and
 * share nothing: only the counter's roles and the owner receive them.
 */
export type Settings = Pick<SalonSettings, ForEveryone> & {
  /** Seven days, Monday first: [open, close] as "HH:MM" in the salon's zone, or null when closed. */
  opening_hours: readonly (readonly [string, string] | null)[]
} & Partial<Omit<SalonSettings, ForEveryone | 'opening_hours'>>
