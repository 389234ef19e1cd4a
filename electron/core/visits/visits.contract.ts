import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id, isoDate, requiredText, text } from '../contract/schemas'
import type { AppointmentBook, QueueEntry, ReminderList, Visit } from './visits.shapes'
import { VISIT_STATUSES } from '../../../vocabulary'
import type { Exactly } from '../../../vocabulary/type-checks'
import type { NewVisit } from '../../../db/visits/visit.repository'

const visitor = {
  customer_id: id().optional(),
  customer_name: requiredText(100).optional(),
  customer_phone: text(32).optional(),
  service: text(100).optional(),
}
/** A walk-in's visitor is what the store takes for a new visit (an appointment adds its menu item). */
const _visitorIsNewVisit: Exactly<z.infer<z.ZodObject<typeof visitor>>, Omit<NewVisit, 'service_id'>> = true

/** ISO-8601 with an offset, e.g. 2026-11-25T15:30:00+05:30. */
const scheduledAt = () => z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-11-25T15:30:00+05:30.' })
const durationMinutes = () => z.number().int().min(5, 'At least 5 minutes.').max(600, 'At most 10 hours.')
/** The stylist booked (a user id); null or left out books nobody in particular. */
const stylistId = () => id().nullable().optional()
/** Set once the counter was warned the time is outside opening hours and books it anyway. */
const outsideHoursOk = () => z.boolean().optional()

export const ticketNumber = () => z.string().regex(/^TKT-(?:[A-Z]{1,2}-)?\d{6}-\d{3,4}$/, 'Not a ticket number.')

export const visitsContract = {
  'walkins.create': method({ input: z.strictObject(visitor), output: returns<Visit>(), errors: ['NOT_FOUND'] }),
  /**
   * Books an appointment: a visit of kind 'appointment' (sync class: record) with an optional
   * stylist, free-text service and a length (default 30 minutes). Refused in the past (VALIDATION,
   * by the core's clock), on a stylist's clash (CONFLICT: same stylist, overlapping times; a
   * cancelled or no-show booking frees its time; end-to-start touching is no clash), and warned
   * outside opening hours (VALIDATION with field `outside_hours`; send `outside_hours_ok` to book
   * anyway). Staff never see the book: their queue shows an arrived booking as ticket and first name.
   */
  'appointments.create': method({
    input: z.strictObject({
      ...visitor,
      /** The service menu's item (free text `service` stays what the book shows). */
      service_id: text(64).optional(),
      scheduled_at: scheduledAt(),
      duration_minutes: durationMinutes().default(30),
      stylist_id: stylistId(),
      outside_hours_ok: outsideHoursOk(),
    }),
    output: returns<Visit>(),
    /** CONFLICT: the stylist is booked then (the message names the other booking's time and first name). */
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  /** Another time, length or stylist for a booking not yet arrived; checked as a new booking is. */
  'appointments.move': method({
    input: z.strictObject({
      id: id(),
      scheduled_at: scheduledAt(),
      duration_minutes: durationMinutes(),
      stylist_id: stylistId(),
      outside_hours_ok: outsideHoursOk(),
    }),
    output: returns<Visit>(),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  /** The appointment book: a day (days 1) or a week (days 7) from `from` (default today), with the stylists' columns and opening hours. */
  'appointments.book': method({
    input: z.strictObject({ from: isoDate().optional(), days: z.number().int().min(1).max(7).default(1) }),
    output: returns<AppointmentBook>(),
    polled: true,
  }),
  /** Bookings of a day (default tomorrow) to call or message, each with a ready reminder text. */
  'appointments.reminders': method({ input: z.strictObject({ date: isoDate().optional() }), output: returns<ReminderList>() }),
  'appointments.list': method({ input: z.strictObject({ date: isoDate() }), output: returns<Visit[]>() }),
  /** One visit, any day: a bill started from it names its customer and, on service lines, its stylist. */
  'visits.get': method({ input: z.strictObject({ id: id() }), output: returns<Visit>(), errors: ['NOT_FOUND'] }),
  /** Today's walk-ins and appointments, every status: the counter's view of the day. */
  'visits.today': method({ input: z.strictObject({}), output: returns<Visit[]>(), polled: true }),
  'queue.today': method({ input: z.strictObject({}), output: returns<QueueEntry[]>(), polled: true }),
  'queue.setStatus': method({
    input: z.strictObject({
      ticket_number: ticketNumber(),
      status: z.enum(VISIT_STATUSES),
    }),
    output: returns<QueueEntry>(),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
} as const
