/**
 * The shapes that cross the boundary (API.md), as plain JSON: money in integer paise, times as
 * ISO-8601 strings in the salon's zone, ids as ULID strings, names in snake_case.
 */

export type Role = 'owner' | 'receptionist' | 'staff'

export type User = { id: string; name: string; role: Role; active: boolean }

/** A user as the login screen shows them: a tile with a name. */
export type UserTile = { id: string; name: string; role: Role }

/** A user as the owner's admin screen shows them, with lockout state. */
export type UserAdmin = User & { locked_until: string | null; failed_attempts: number; created_at: string }

export type SessionState = { setup_required: boolean; user: User | null; users: UserTile[] }

export type PiiField = 'phone' | 'email' | 'date_of_birth'

/** Exactly the "Customer Summary Response" of the customer model document. */
export type CustomerSummary = {
  id: string
  full_name: string
  /** E.164 (`+919876543210`); '' only when the stored value failed its integrity check. */
  phone: string
  total_visits: number
  /** Paise. */
  total_spent: number
  /** Rupees, for display convenience only: never do arithmetic on it. */
  total_spent_rupees: number
  last_visit_at: string | null
  /** = created_at */
  member_since: string
  /** Present only when an encrypted field failed its integrity check (reported, never returned as data). */
  unreadable_fields?: PiiField[]
}

export type CustomerDetail = CustomerSummary & {
  first_name: string
  last_name: string | null
  email: string | null
  date_of_birth: string | null
  gender: string | null
  notes: string | null
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type AuditEntry = {
  id: string
  at: string
  user_id: string | null
  action: string
  target_id: string | null
  customer_id: string | null
  outcome: 'ok' | 'denied' | 'failed'
}

export type Page<T> = { items: T[]; next: string | null }

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
}

export type PaymentMethod = 'cash' | 'upi' | 'card' | 'other'

export type BillItem = { name: string; unit_price: number; quantity: number; line_total: number }

/** All amounts in paise. A refund's amounts are the positive sums paid back. */
export type Bill = {
  id: string
  invoice_number: string
  kind: 'sale' | 'refund'
  original_bill_id: string | null
  /** A sale that has been refunded reads 'refunded'. */
  status: 'posted' | 'refunded'
  customer_id: string | null
  /** Anonymous bills keep the name given; registered customers' bills show their current name. */
  customer_name: string | null
  items: BillItem[]
  subtotal: number
  discount: number
  /** The GST rate this bill was taxed at (basis points; 0 when the salon was not registered). */
  gst_rate_bp: number
  cgst: number
  sgst: number
  total: number
  rounded_total: number
  rounding_adjustment: number
  payments: { method: PaymentMethod; amount: number }[]
  posted_at: string
  /** The user who posted it. */
  created_by: string
  /** Refunds only: why, and who approved it. */
  refund_reason?: string
  /** Sales only: the refund bill, once refunded. */
  refund_bill_id?: string | null
}

/** What posting would produce, computed by the core so the screen never does tax arithmetic. */
export type BillPreview = {
  items: BillItem[]
  subtotal: number
  discount: number
  taxable_value: number
  gst_rate_bp: number
  cgst: number
  sgst: number
  total: number
  rounded_total: number
  rounding_adjustment: number
}

export type VisitStatus = 'scheduled' | 'checked_in' | 'in_progress' | 'completed' | 'cancelled' | 'no_show'

/** A walk-in or an appointment, as the counter sees it. */
export type Visit = {
  id: string
  ticket_number: string
  kind: 'walkin' | 'appointment'
  customer_id: string | null
  customer_name: string
  service: string | null
  status: VisitStatus
  scheduled_at: string | null
  duration_minutes: number | null
  checked_in_at: string | null
  created_at: string
}

/** All staff ever see of a customer. */
export type QueueEntry = { ticket_number: string; first_name: string; status: VisitStatus }

export type HistoryItem =
  | { kind: 'bill' | 'refund'; at: string; bill: Bill }
  | { kind: 'appointment' | 'walkin'; at: string; ticket_number: string; service: string | null; status: VisitStatus }

/** A customer whose birthday falls in the coming days (owner analytics). */
export type BirthdayEntry = CustomerSummary & { date_of_birth: string; birthday: string; days_until: number }

/** One month of the owner's charts (salon time zone). */
export type MonthlyFigures = {
  month: string
  revenue: number
  visits: number
  new_customers: number
  returning_customers: number
}

/**
 * Whether the data can be opened at all: answered by the desktop shell before the core is open
 * (the data key may need the owner's recovery passphrase), and by the core once it is.
 */
export type AppStatus =
  | { state: 'ready' }
  /** The OS key store cannot protect the key (unavailable, Linux basic_text, or its backend changed): the owner's recovery passphrase opens it. */
  | { state: 'passphrase-required'; reason: 'weak-key-store' | 'key-store-changed' | 'key-store-unavailable'; message: string }
  /** First run on a machine whose OS key store is weak: the owner sets a recovery passphrase that protects the new key. */
  | { state: 'passphrase-setup'; reason: 'weak-key-store' | 'key-store-unavailable'; message: string }
  /** The database cannot be opened (damaged, from a newer version): nothing was changed. */
  | { state: 'database-problem'; reason: 'corrupt' | 'newer-version' | 'not-a-database' | 'wrong-key' | 'unreadable'; message: string }

export type RecoveryStatus = { passphrase_set: boolean; set_at: string | null }

/** A backup file and what its check found. */
export type BackupInfo = {
  file: string
  created_at: string
  size_bytes: number
  verified: boolean
  reason: 'manual' | 'daily' | 'pre-migration' | 'before-restore'
  customers: number
  bills: number
  /** Carries the data key wrapped by the recovery passphrase: restorable on a new PC. */
  has_recovery_key: boolean
}

export type BackupStatus = { running: boolean; progress: number; folder: string; last: BackupInfo | null; passphrase_set: boolean }

export type RestoreResult = { restored_from: string; kept_aside: string | null; customers: number; bills: number; re_erased: number }

export type ErasureResult = { customer_id: string; erased_at: string }

export type CustomerExportResult = { json_file: string; html_file: string; bills: number; visits: number }

export type CsvExportResult = { file: string; rows: number }
