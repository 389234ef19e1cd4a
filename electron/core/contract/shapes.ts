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
}
