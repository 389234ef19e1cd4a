import type { UserRow } from '../../../db/users/users.table'
import type { VisitRecord } from '../../../db/visits/visit.repository'
import type { VisitRow } from '../../../db/visits/visits.table'

// What the visits methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A walk-in or an appointment, as the counter sees it. */
export type Visit = Pick<
  VisitRecord,
  'id' | 'ticket_number' | 'kind' | 'customer_id' | 'service' | 'service_id' | 'stylist_id' | 'stylist_name' | 'status' | 'scheduled_at' | 'duration_minutes' | 'checked_in_at' | 'created_at'
> & {
  /** The registered customer's current name, or the walk-in's as given. */
  customer_name: string
}

/**
 * All staff ever see of a customer: the ticket, the first word of the first name (letters only,
 * so a surname or phone typed into it never shows) and the service asked for.
 */
export type QueueEntry = Pick<VisitRow, 'ticket_number' | 'service' | 'status'> & { first_name: string }

/** A stylist's column in the appointment book. */
export type Stylist = Pick<UserRow, 'id' | 'name'>

/** One salon day of the book: its opening hours (["10:00", "20:00"], or null when closed) and bookings. */
export type BookDay = { date: string; hours: readonly [string, string] | null; bookings: Visit[] }

/**
 * The appointment book for a day or a week. `today` and `now` are the salon's (the core's clock),
 * so the screen greys out the past by the same clock that refuses it.
 */
export type AppointmentBook = { today: string; now: string; stylists: Stylist[]; days: BookDay[] }

/**
 * A booking to remind: the phone to call (null when none was given) and a ready-to-send text.
 * `phone` is E.164 (+919876543210), ready for a share link.
 */
export type Reminder = { visit: Visit; first_name: string; phone: string | null; text: string }

export type ReminderList = { date: string; reminders: Reminder[] }
