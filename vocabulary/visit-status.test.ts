import { describe, expect, it } from 'vitest'
import { ROLES, VISIT_STATUSES, type VisitStatus } from './index'
import { ARRIVED_STATUSES, awaitsArrival, canMove, FREE_STATUSES, hasArrived, holdsTime, initialStatus, isFinal, isOpen, maySetStatus, NEXT_STATUSES, nextStatusesFor, stageOf } from './visit-status'

describe('the visit lifecycle', () => {
  it('moves forward along its edges only', () => {
    expect(canMove('scheduled', 'checked_in')).toBe(true)
    expect(canMove('scheduled', 'no_show')).toBe(true)
    expect(canMove('scheduled', 'cancelled')).toBe(true)
    expect(canMove('checked_in', 'in_progress')).toBe(true)
    expect(canMove('checked_in', 'cancelled')).toBe(true)
    expect(canMove('in_progress', 'completed')).toBe(true)
    // No skipping, no going back, nothing after the end.
    expect(canMove('scheduled', 'in_progress')).toBe(false)
    expect(canMove('checked_in', 'no_show')).toBe(false)
    expect(canMove('in_progress', 'checked_in')).toBe(false)
    expect(canMove('in_progress', 'cancelled')).toBe(false)
    for (const status of VISIT_STATUSES) expect(canMove(status, status)).toBe(false)
  })

  it('has no cycles: every path from any status ends at a final one', () => {
    const rank = (status: VisitStatus, seen: VisitStatus[] = []): number => {
      expect(seen).not.toContain(status)
      return Math.max(0, ...NEXT_STATUSES[status].map((next) => 1 + rank(next, [...seen, status])))
    }
    expect(rank('scheduled')).toBe(3)
    expect(VISIT_STATUSES.filter(isFinal)).toEqual(['completed', 'cancelled', 'no_show'])
    expect(VISIT_STATUSES.filter(isOpen)).toEqual(['scheduled', 'checked_in', 'in_progress'])
  })

  it('starts a walk-in checked in and an appointment scheduled', () => {
    expect(initialStatus('walkin')).toBe('checked_in')
    expect(initialStatus('appointment')).toBe('scheduled')
  })

  it('names the subsets the queue, the book, the bill and the reminders use', () => {
    expect(VISIT_STATUSES.filter(hasArrived)).toEqual(['checked_in', 'in_progress', 'completed'])
    expect(ARRIVED_STATUSES).toEqual(VISIT_STATUSES.filter(hasArrived))
    expect(VISIT_STATUSES.filter(awaitsArrival)).toEqual(['scheduled'])
    expect(VISIT_STATUSES.filter((status) => !holdsTime(status))).toEqual([...FREE_STATUSES])
    expect(FREE_STATUSES).toEqual(['cancelled', 'no_show'])
    expect(VISIT_STATUSES.map(stageOf)).toEqual(['waiting', 'waiting', 'in-service', 'done', 'done', 'done'])
  })

  it('lets staff only start and finish a service; the counter moves a visit along every edge', () => {
    expect(VISIT_STATUSES.filter((status) => maySetStatus('staff', status))).toEqual(['in_progress', 'completed'])
    for (const role of ROLES.filter((role) => role !== 'staff')) expect(VISIT_STATUSES.every((status) => maySetStatus(role, status))).toBe(true)
    expect(nextStatusesFor('staff', 'scheduled')).toEqual([])
    expect(nextStatusesFor('staff', 'checked_in')).toEqual(['in_progress'])
    expect(nextStatusesFor('staff', 'in_progress')).toEqual(['completed'])
    expect(nextStatusesFor('receptionist', 'scheduled')).toEqual(['checked_in', 'cancelled', 'no_show'])
    expect(nextStatusesFor('owner', 'checked_in')).toEqual(['in_progress', 'cancelled'])
    expect(nextStatusesFor('owner', 'completed')).toEqual([])
  })
})
