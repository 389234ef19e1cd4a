import type { VisitKind, VisitStatus } from '../../../vocabulary'

// What the visits methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A walk-in or an appointment, as the counter sees it. */
export type Visit = {
  id: string
  ticket_number: string
  kind: VisitKind
  customer_id: string | null
  customer_name: string
  service: string | null
  status: VisitStatus
  scheduled_at: string | null
  duration_minutes: number | null
  checked_in_at: string | null
  created_at: string
}

/**
 * All staff ever see of a customer: the ticket, the first word of the first name (letters only,
 * so a surname or phone typed into it never shows) and the service asked for.
 */
export type QueueEntry = { ticket_number: string; first_name: string; service: string | null; status: VisitStatus }
