import type { VisitStatus } from '../../vocabulary'

/** The visit lifecycle: scheduled → checked_in → in_progress → completed, or cancelled / no_show. */
export const NEXT_STATUSES: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  scheduled: ['checked_in', 'cancelled', 'no_show'],
  checked_in: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
}

export const canMove = (from: VisitStatus, to: VisitStatus): boolean => NEXT_STATUSES[from].includes(to)

/** Statuses that put a visit in the day's service queue (what staff see). */
export const QUEUE_STATUSES: readonly VisitStatus[] = ['checked_in', 'in_progress', 'completed']
