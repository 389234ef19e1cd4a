import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import { DomainError, notFound, validationError } from '../errors'
import type { IdFactory } from '../ids'
import { nextTicketNumber } from '../numbering/numbering'
import { sealAnonymousPhone } from '../anonymous-phone'
import type { VisitStatus } from '../../vocabulary'
import type { VisitRow } from './visits.table'
import type { Given } from '../row'
import type { PiiVault } from '../vault/vault'
import { addDays, salonDate } from '../zoned-time'
import { ARRIVED_STATUSES, awaitsArrival, canMove, initialStatus } from '../../vocabulary'
import { visibleName } from '../customers/names'
import type { OpeningHours } from '../settings/opening-hours'
import { createBookingRules } from './booking-rules'

/** Who comes and for what: a registered customer, or a name and the phone as typed (the store encrypts it). */
export type NewVisit = Given<VisitRow, 'customer_id' | 'customer_name' | 'service' | 'service_id'> & { customer_phone?: string | undefined }

/** When and with whom an appointment is: its start, length and stylist. */
export type Slot = { at: Date; minutes: number; stylist_id?: string | null | undefined }

/** What the counter acknowledged when booking: a time outside opening hours, once warned. */
export type BookingChecks = { outside_hours_ok?: boolean | undefined }

/** A visit with the names a screen needs: the customer's current first and full name. */
export type VisitRecord = VisitRow & { first_name: string; display_name: string; stylist_name: string | null }

export type VisitRepository = ReturnType<typeof createVisitRepository>

type Deps = { db: Db; writer: Writer; deskCode: () => string; vault: PiiVault; clock: Clock; newId: IdFactory; timeZone: () => string; openingHours: () => OpeningHours }

const WITH_NAMES = `SELECT v.*,
    coalesce(c.first_name, v.customer_name) AS display_first,
    CASE WHEN c.id IS NULL THEN v.customer_name ELSE c.first_name || coalesce(' ' || c.last_name, '') END AS display_name,
    s.name AS stylist_name
  FROM visits v LEFT JOIN customers c ON c.id = v.customer_id LEFT JOIN users s ON s.id = v.stylist_id`

type JoinedRow = VisitRow & { display_first: string; display_name: string; stylist_name: string | null }

// Fields copied one by one: spreading better-sqlite3 row objects allocates heavily (measured).
const toRecord = (row: JoinedRow): VisitRecord => ({
  id: row.id,
  ticket_number: row.ticket_number,
  kind: row.kind,
  customer_id: row.customer_id,
  customer_name: row.customer_name,
  customer_phone: row.customer_phone,
  customer_phone_bidx: row.customer_phone_bidx,
  service: row.service,
  service_id: row.service_id,
  stylist_id: row.stylist_id,
  status: row.status,
  salon_day: row.salon_day,
  scheduled_at: row.scheduled_at,
  duration_minutes: row.duration_minutes,
  checked_in_at: row.checked_in_at,
  started_at: row.started_at,
  completed_at: row.completed_at,
  created_by: row.created_by,
  created_at: row.created_at,
  updated_at: row.updated_at,
  desk: row.desk,
  // A registered customer's first name, or the whole name an anonymous visitor gave: the queue derives what staff see.
  first_name: row.display_first,
  display_name: row.display_name,
  stylist_name: row.stylist_name,
})

/** How far ahead an appointment may be booked: a salon's diary, not a typo's century. */
export const MAX_DAYS_AHEAD = 366

export function createVisitRepository({ db, writer, deskCode, vault, clock, newId, timeZone, openingHours }: Deps) {
  const { sync } = db
  const rules = createBookingRules({ db, clock, timeZone, openingHours })
  const ticketFor = (salonDay: string) => nextTicketNumber(db, salonDay, (ticket) => sync.prepare(`SELECT 1 FROM visits WHERE ticket_number = ?`).get(ticket) !== undefined, deskCode())

  function create(kind: 'walkin' | 'appointment', input: NewVisit, createdBy: string, schedule?: Slot, checks: BookingChecks = {}): VisitRecord {
    const name = visibleName(input.customer_name)
    if (input.customer_id && (name || input.customer_phone)) throw validationError({ customer_id: 'Give a registered customer or a name, not both.' })
    if (!input.customer_id && !name) throw validationError({ customer_name: 'Enter the visitor’s name, or pick a registered customer.' })
    const now = clock()
    const zone = timeZone()
    const today = salonDate(now, zone)
    const salonDay = schedule ? salonDate(schedule.at, zone) : today
    if (schedule && salonDay > addDays(today, MAX_DAYS_AHEAD)) throw validationError({ scheduled_at: `Appointments can be booked up to a year ahead (until ${addDays(today, MAX_DAYS_AHEAD)}).` })
    const id = newId()
    const phone = input.customer_id ? { customer_phone: null, customer_phone_bidx: null } : sealAnonymousPhone(vault, 'visits', id, input.customer_phone)
    const at = toStoredTime(now)
    return sync.transaction(() => {
      if (schedule) rules.check(schedule, checks)
      if (input.customer_id) {
        const live = sync.prepare(`SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL`).get(input.customer_id)
        if (!live) throw new DomainError('NOT_FOUND', 'This customer was not found or has been deleted.')
      }
      writer.insert('visits', {
          id,
          ticket_number: ticketFor(salonDay),
          kind,
          customer_id: input.customer_id ?? null,
          customer_name: input.customer_id ? null : (name ?? null),
          ...phone,
          service: input.service?.trim() || null,
          service_id: input.service_id ?? null,
          stylist_id: schedule?.stylist_id ?? null,
          status: initialStatus(kind),
          salon_day: salonDay,
          scheduled_at: schedule ? toStoredTime(schedule.at) : null,
          duration_minutes: schedule ? schedule.minutes : null,
          checked_in_at: kind === 'walkin' ? at : null,
          started_at: null,
          completed_at: null,
          created_by: createdBy,
          created_at: at,
          updated_at: at,
          desk: deskCode(),
        })
      return byId(id) as VisitRecord
    })
  }

  const byId = (id: string) => {
    const row = sync.prepare(`${WITH_NAMES} WHERE v.id = ?`).get(id) as JoinedRow | undefined
    return row ? toRecord(row) : undefined
  }

  return {
    createWalkin: (input: NewVisit, createdBy: string) => create('walkin', input, createdBy),
    createAppointment: (input: NewVisit, slot: Slot, createdBy: string, checks: BookingChecks = {}) => create('appointment', input, createdBy, slot, checks),

    byId,

    /**
     * Moves a booked appointment to another time, length or stylist, checked as a new booking is
     * (past, clash with itself left out, opening hours). A move to another day takes a ticket of
     * that day: a ticket names the day it is for.
     */
    move(id: string, slot: Slot, checks: BookingChecks = {}): VisitRecord {
      return sync.transaction(() => {
        const visit = byId(id)
        if (!visit || visit.kind !== 'appointment') throw notFound('Appointment')
        if (!awaitsArrival(visit.status)) throw validationError({ status: `A ${visit.status.replace('_', ' ')} appointment cannot be moved.` }, 'Only a booking not yet arrived can be moved.')
        // Left out, the stylist stays; null books nobody in particular.
        const stylist = slot.stylist_id === undefined ? visit.stylist_id : slot.stylist_id
        rules.check({ ...slot, stylist_id: stylist }, checks, visit.id)
        const salonDay = salonDate(slot.at, timeZone())
        const ticket = salonDay === visit.salon_day ? visit.ticket_number : ticketFor(salonDay)
        writer.update('visits', visit.id, {
          scheduled_at: toStoredTime(slot.at),
          duration_minutes: slot.minutes,
          stylist_id: stylist,
          salon_day: salonDay,
          ticket_number: ticket,
          updated_at: toStoredTime(clock()),
        })
        return byId(visit.id) as VisitRecord
      })
    },

    /** Appointments of `days` salon days from `from`, by time then stylist. */
    appointmentsBetween(from: string, days: number): VisitRecord[] {
      return (
        sync.prepare(`${WITH_NAMES} WHERE v.salon_day BETWEEN ? AND ? AND v.kind = 'appointment' ORDER BY v.scheduled_at, v.stylist_id, v.id`).all(from, addDays(from, days - 1)) as JoinedRow[]
      ).map(toRecord)
    },

    /** The phone an anonymous visitor gave (registered customers' phones live on their record). */
    visitorPhone(id: string): string | null {
      const row = sync.prepare(`SELECT customer_phone FROM visits WHERE id = ?`).get(id) as Pick<VisitRow, 'customer_phone'> | undefined
      return row?.customer_phone ? vault.decrypt('visits', 'customer_phone', id, row.customer_phone) : null
    },

    byTicket(ticket: string): VisitRecord | undefined {
      const row = sync.prepare(`${WITH_NAMES} WHERE v.ticket_number = ?`).get(ticket) as JoinedRow | undefined
      return row ? toRecord(row) : undefined
    },

    /**
     * Moves a visit along its lifecycle; an illegal move is VALIDATION. `limits` (staff) keep it to
     * one salon day's tickets and a few target statuses. `takenBy`: the stylist who starts the
     * service (a staff member taking the ticket) becomes the visit's stylist, whoever was booked:
     * they do the work, and a bill for the visit names them on its service lines by default.
     */
    setStatus(ticket: string, next: VisitStatus, limits?: { day: string; allowed: readonly VisitStatus[] }, takenBy?: string): VisitRecord {
      return sync.transaction(() => {
        const visit = this.byTicket(ticket)
        if (limits && visit?.salon_day !== limits.day) throw new DomainError('NOT_FOUND', 'That ticket is not in today’s queue.')
        if (!visit) throw notFound('Ticket')
        if (limits && !limits.allowed.includes(next)) throw new DomainError('FORBIDDEN', 'You can only start or finish a service.')
        if (!canMove(visit.status, next)) {
          throw validationError({ status: `A ${visit.status.replace('_', ' ')} ticket cannot become ${next.replace('_', ' ')}.` })
        }
        const at = toStoredTime(clock())
        const stamp = next === 'checked_in' ? 'checked_in_at' : next === 'in_progress' ? 'started_at' : next === 'completed' ? 'completed_at' : undefined
        const stylist = next === 'in_progress' && takenBy !== undefined ? takenBy : visit.stylist_id
        writer.update('visits', visit.id, { status: next, stylist_id: stylist, updated_at: at, ...(stamp ? { [stamp]: at } : {}) })
        return byId(visit.id) as VisitRecord
      })
    },

    /** Every visit of a salon day, in ticket order. */
    ofDay(salonDay: string): VisitRecord[] {
      return (sync.prepare(`${WITH_NAMES} WHERE v.salon_day = ? ORDER BY v.ticket_number`).all(salonDay) as JoinedRow[]).map(toRecord)
    },

    appointmentsOfDay(salonDay: string): VisitRecord[] {
      return (sync.prepare(`${WITH_NAMES} WHERE v.salon_day = ? AND v.kind = 'appointment' ORDER BY v.scheduled_at, v.id`).all(salonDay) as JoinedRow[]).map(
        toRecord,
      )
    },

    /** The day's service queue: checked in, in progress and done, oldest check-in first. */
    queueOfDay(salonDay: string): VisitRecord[] {
      const marks = ARRIVED_STATUSES.map(() => '?').join(', ')
      return (
        sync.prepare(`${WITH_NAMES} WHERE v.salon_day = ? AND v.status IN (${marks}) ORDER BY v.checked_in_at, v.id`).all(salonDay, ...ARRIVED_STATUSES) as JoinedRow[]
      ).map(toRecord)
    },

    /** A customer's visits strictly older than the cursor, newest first; `at` = appointment time or check-in. */
    forCustomer(customerId: string, limit: number, before?: { at: string; id: string }): (VisitRecord & { at: string })[] {
      const at = `coalesce(v.scheduled_at, v.created_at)`
      const rows = (
        before
          ? sync
              .prepare(`${WITH_NAMES} WHERE v.customer_id = ? AND (${at}, v.id) < (?, ?) ORDER BY ${at} DESC, v.id DESC LIMIT ?`)
              .all(customerId, before.at, before.id, limit)
          : sync.prepare(`${WITH_NAMES} WHERE v.customer_id = ? ORDER BY ${at} DESC, v.id DESC LIMIT ?`).all(customerId, limit)
      ) as JoinedRow[]
      return rows.map((row) => ({ ...toRecord(row), at: row.scheduled_at ?? row.created_at }))
    },
  }
}
