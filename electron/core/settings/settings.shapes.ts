// What the settings methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type Settings = {
  salon_name: string
  time_zone: string
  gst_registered: boolean
  /** Basis points: 500 = 5%, split as 2.5% CGST + 2.5% SGST. */
  gst_rate_bp: number
  invoice_prefix: string
  idle_lock_minutes: number
  /** How many verified backups to keep (older ones are pruned after a new one verifies). */
  backup_keep: number
  /** Where backups go; null = the backups folder beside the database. */
  backup_folder: string | null
  /** Seven days, Monday first: [open, close] as "HH:MM" in the salon's zone, or null when closed. */
  opening_hours: readonly (readonly [string, string] | null)[]
  /**
   * The supplier's particulars on invoices (CGST Rule 46); null until the owner gives them. Absent
   * for staff, who print and share nothing: only the counter's roles and the owner receive them.
   */
  legal_name?: string | null
  address?: string | null
  /** GST state code, `27` (vocabulary GST_STATES). */
  state_code?: string | null
  gstin?: string | null
  salon_phone?: string | null
  invoice_footer?: string | null
  /** The SAC printed on lines without a code of their own: 999721 unless the owner says otherwise. */
  default_sac?: string
  /** The receipt printer (null: the system's default) and whether to print without the print dialog. */
  printer_name?: string | null
  silent_print?: boolean
}
