import type { Role, VisitKind, VisitStatus } from './index'

/**
 * The visit lifecycle, decided here once for the database, the core and the screens:
 * scheduled → checked_in → in_progress → completed, or cancelled / no_show. A visit only moves
 * forward, along these edges.
 */
export const NEXT_STATUSES: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  scheduled: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
}

export const canMove = (from: VisitStatus, to: VisitStatus): boolean => NEXT_STATUSES[from].includes(to)

/** A walk-in arrives as it is written down; an appointment waits to be checked in. */
export const initialStatus = (kind: VisitKind): VisitStatus => (kind === 'walkin' ? 'checked_in' : 'scheduled')

/** Nothing follows: done, cancelled or missed. */
export const isFinal = (status: VisitStatus): boolean => NEXT_STATUSES[status].length === 0

/** Still going somewhere: booked, waiting or in the chair. The counter's list shows these first. */
export const isOpen = (status: VisitStatus): boolean => !isFinal(status)

/**
 * Statuses of a visit that has arrived: the day's service queue (what staff see), and the visits
 * a bill can be started from (the bill names its customer and stylist).
 */
export const ARRIVED_STATUSES: readonly VisitStatus[] = ['checked_in', 'in_progress', 'completed']
export const hasArrived = (status: VisitStatus): boolean => ARRIVED_STATUSES.includes(status)

/** A booking not yet arrived: the only kind that can be moved, and the kind a reminder is sent for. */
export const awaitsArrival = (status: VisitStatus): boolean => status === 'scheduled'

/** Bookings that no longer hold their time: a cancelled or missed one frees it for another booking. */
export const FREE_STATUSES: readonly VisitStatus[] = ['cancelled', 'no_show']
export const holdsTime = (status: VisitStatus): boolean => !FREE_STATUSES.includes(status)

/** Where a visit stands on the queue's board: waiting (booked or arrived), in service, or done. */
export type VisitStage = 'waiting' | 'in-service' | 'done'
export const stageOf = (status: VisitStatus): VisitStage => (isFinal(status) ? 'done' : status === 'in_progress' ? 'in-service' : 'waiting')

/** Staff start and finish services; checking in, cancelling and no-shows are the counter's. */
export const STAFF_MAY_SET: readonly VisitStatus[] = ['in_progress', 'completed']

/** Whether `role` may move a visit to `status` (the core also keeps staff to today's visits). */
export const maySetStatus = (role: Role, status: VisitStatus): boolean => role !== 'staff' || STAFF_MAY_SET.includes(status)

/** The statuses `role` may move a visit in `from` to, in the lifecycle's order. */
export const nextStatusesFor = (role: Role, from: VisitStatus): VisitStatus[] => NEXT_STATUSES[from].filter((to) => maySetStatus(role, to))
