import { salonDate } from '../../../db/zoned-time'
import type { VisitStatus } from '../../../vocabulary'
import type { HandlersFor } from '../context'
import { queueEntryFor, visitFor } from './visits.projection'

/** Staff start and finish services; checking in, cancelling and no-shows are the counter's. */
const STAFF_MAY_SET: readonly VisitStatus[] = ['in_progress', 'completed']

type VisitMethods = 'walkins.create' | 'appointments.create' | 'appointments.list' | 'visits.today' | 'queue.today' | 'queue.setStatus'

export const visitsHandlers: HandlersFor<VisitMethods> = {
  'walkins.create': (ctx, input) => {
    const visit = ctx.mutate(
      () => ctx.store.visits.createWalkin(input, ctx.actor.user_id),
      (created) => ({ action: 'visit.walkin', target_id: created.id, customer_id: created.customer_id }),
    )
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'appointments.create': (ctx, input) => {
    const { scheduled_at: scheduledAt, duration_minutes: minutes, ...visitor } = input
    const visit = ctx.mutate(
      () => ctx.store.visits.createAppointment(visitor, new Date(scheduledAt), minutes, ctx.actor.user_id),
      (created) => ({ action: 'visit.appointment', target_id: created.id, customer_id: created.customer_id }),
    )
    return visitFor(ctx.actor.role, visit, ctx.zone())
  },

  'appointments.list': (ctx, input) => {
    const zone = ctx.zone()
    return ctx.store.visits.appointmentsOfDay(input.date).map((visit) => visitFor(ctx.actor.role, visit, zone))
  },

  'visits.today': (ctx) => {
    const zone = ctx.zone()
    return ctx.store.visits.ofDay(salonDate(ctx.clock(), zone)).map((visit) => visitFor(ctx.actor.role, visit, zone))
  },

  'queue.today': (ctx) => ctx.store.visits.queueOfDay(salonDate(ctx.clock(), ctx.zone())).map(queueEntryFor),

  'queue.setStatus': (ctx, input) => {
    const limits = ctx.actor.role === 'staff' ? { day: salonDate(ctx.clock(), ctx.zone()), allowed: STAFF_MAY_SET } : undefined
    const visit = ctx.mutate(
      () => ctx.store.visits.setStatus(input.ticket_number, input.status, limits),
      (moved) => ({ action: `visit.${input.status}`, target_id: moved.id, customer_id: moved.customer_id }),
    )
    return queueEntryFor(visit)
  },
}
