import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id, isoDate, requiredText, text } from '../contract/schemas'
import type { QueueEntry, Visit } from './visits.shapes'
import { COUNTER_ROLES, ROLES, VISIT_STATUSES } from '../../../vocabulary'


const visitor = {
  customer_id: id().optional(),
  customer_name: requiredText(100).optional(),
  customer_phone: text(32).optional(),
  service: text(100).optional(),
}

export const ticketNumber = () => z.string().regex(/^TKT-\d{6}-\d{3,4}$/, 'Not a ticket number.')

export const visitsContract = {
  'walkins.create': method({ input: z.strictObject(visitor), access: COUNTER_ROLES, output: returns<Visit>(), errors: ['NOT_FOUND'] }),
  'appointments.create': method({
    input: z.strictObject({
      ...visitor,
      /** ISO-8601 with an offset, e.g. 2026-11-25T15:30:00+05:30. */
      scheduled_at: z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-11-25T15:30:00+05:30.' }),
      duration_minutes: z.number().int().min(5, 'At least 5 minutes.').max(600, 'At most 10 hours.'),
    }),
    access: COUNTER_ROLES,
    output: returns<Visit>(),
    errors: ['NOT_FOUND'],
  }),
  'appointments.list': method({ input: z.strictObject({ date: isoDate() }), access: COUNTER_ROLES, output: returns<Visit[]>() }),
  /** Today's walk-ins and appointments, every status: the counter's view of the day. */
  'visits.today': method({ input: z.strictObject({}), access: COUNTER_ROLES, output: returns<Visit[]>(), polled: true }),
  'queue.today': method({ input: z.strictObject({}), access: ROLES, output: returns<QueueEntry[]>(), polled: true }),
  'queue.setStatus': method({
    input: z.strictObject({
      ticket_number: ticketNumber(),
      status: z.enum(VISIT_STATUSES),
    }),
    access: ROLES,
    output: returns<QueueEntry>(),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
} as const
