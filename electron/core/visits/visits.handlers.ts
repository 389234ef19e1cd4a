import { notFound } from '../../../db/errors'
import { hoursOn } from '../../../db/settings/opening-hours'
import { addDays, formatInZone, salonDate } from '../../../db/zoned-time'
import { awaitsArrival, isActiveStylist, STAFF_MAY_SET } from '../../../vocabulary'
import type { HandlersFor } from '../context'
import { queueEntryFor, visitFor } from './visits.projection'
import { reminderText } from './reminder-text'

type VisitMethods =
  | 'walkins.create'
  | 'appointments.create'
  | 'appointments.move'
  | 'appointments.book'
  | 'appointments.reminders'
  | 'appointments.list'
  | 'visits.get'
  | 'visits.today'
  | 'queue.today'
  | 'queue.setStatus'

/** A first name as the book and reminders use it: the first word. */
const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name

export const visitsHandlers: HandlersFor<VisitMethods> = {
  'walkins.create': (ctx, input) => {
    const visit = ctx.mutate(
      (w) => w.visits.createWalkin(input, ctx.actor.user_id),
      (created) => ({ action: 'visit.walkin', target_id: created.id, customer_id: created.customer_id }),
    )
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'appointments.create': (ctx, input) => {
    const { scheduled_at: scheduledAt, duration_minutes: minutes, stylist_id: stylistId, outside_hours_ok: outsideHoursOk, ...visitor } = input
    const visit = ctx.mutate(
      (w) => w.visits.createAppointment(visitor, { at: new Date(scheduledAt), minutes, stylist_id: stylistId }, ctx.actor.user_id, { outside_hours_ok: outsideHoursOk }),
      (created) => ({ action: 'visit.appointment', target_id: created.id, customer_id: created.customer_id }),
    )
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'appointments.move': (ctx, input) => {
    const slot = { at: new Date(input.scheduled_at), minutes: input.duration_minutes, stylist_id: input.stylist_id }
    const visit = ctx.mutate(
      (w) => w.visits.move(input.id, slot, { outside_hours_ok: input.outside_hours_ok }),
      (moved) => ({ action: 'visit.move', target_id: moved.id, customer_id: moved.customer_id }),
    )
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'appointments.book': (ctx, input) => {
    const zone = ctx.zone()
    const now = ctx.clock()
    const today = salonDate(now, zone)
    const from = input.from ?? today
    const bookings = ctx.store.visits.appointmentsBetween(from, input.days)
    const hours = ctx.store.settings.get().opening_hours
    // Columns: every active stylist (staff), and anyone else booked in these days.
    const stylists = new Map(ctx.store.users.list().filter(isActiveStylist).map((user) => [user.id, user.name]))
    for (const booking of bookings) if (booking.stylist_id && booking.stylist_name) stylists.set(booking.stylist_id, booking.stylist_name)
    const days = Array.from({ length: input.days }, (_, index) => addDays(from, index))
    return {
      today,
      now: formatInZone(now, zone),
      stylists: [...stylists].map(([id, name]) => ({ id, name })),
      days: days.map((date) => ({
        date,
        hours: hoursOn(hours, date),
        bookings: bookings.filter((booking) => booking.salon_day === date).map((booking) => visitFor(ctx.actor.role, booking, zone)),
      })),
    }
  },

  'appointments.reminders': (ctx, input) => {
    const zone = ctx.zone()
    const today = salonDate(ctx.clock(), zone)
    const date = input.date ?? addDays(today, 1)
    const salonName = ctx.store.settings.get().salon_name
    const live = ctx.store.visits.appointmentsOfDay(date).filter((visit) => awaitsArrival(visit.status))
    return {
      date,
      reminders: live.map((record) => {
        const firstName = firstWord(record.first_name)
        const phone = record.customer_id ? (ctx.store.customers.getAny(record.customer_id)?.phone ?? null) : ctx.store.visits.visitorPhone(record.id)
        const time = formatInZone(record.scheduled_at as string, zone).slice(11, 16)
        const text = reminderText({ salonName, firstName, date, time, service: record.service, stylistName: record.stylist_name, today, tomorrow: addDays(today, 1) })
        return { visit: visitFor(ctx.actor.role, record, zone), first_name: firstName, phone, text }
      }),
    }
  },

  'appointments.list': (ctx, input) => {
    const zone = ctx.zone()
    return ctx.store.visits.appointmentsOfDay(input.date).map((visit) => visitFor(ctx.actor.role, visit, zone))
  },

  'visits.get': (ctx, input) => {
    const visit = ctx.store.visits.byId(input.id)
    if (!visit) throw notFound('Visit')
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'visits.today': (ctx) => {
    const zone = ctx.zone()
    return ctx.store.visits.ofDay(salonDate(ctx.clock(), zone)).map((visit) => visitFor(ctx.actor.role, visit, zone))
  },

  'queue.today': (ctx) => ctx.store.visits.queueOfDay(salonDate(ctx.clock(), ctx.zone())).map(queueEntryFor),

  'queue.setStatus': (ctx, input) => {
    const staff = ctx.actor.role === 'staff'
    const limits = staff ? { day: salonDate(ctx.clock(), ctx.zone()), allowed: STAFF_MAY_SET } : undefined
    // A stylist who takes the ticket is who does the service; the counter starting it names nobody.
    const visit = ctx.mutate(
      (w) => w.visits.setStatus(input.ticket_number, input.status, limits, staff ? ctx.actor.user_id : undefined),
      (moved) => ({ action: `visit.${input.status}`, target_id: moved.id, customer_id: moved.customer_id }),
    )
    return queueEntryFor(visit)
  },
}
