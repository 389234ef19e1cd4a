import type { Clock } from '../clock'
import { DomainError, validationError } from '../errors'
import type { Db } from '../sqlite/connection'
import { outsideHours, type OpeningHours } from '../settings/opening-hours'
import { addDays, formatInZone, salonDate } from '../zoned-time'
import type { BookingChecks, Slot } from './visit.repository'
import type { VisitRow } from './visits.table'
import { FREE_STATUSES, worksHere } from '../../vocabulary'
import type { UserRow } from '../users/users.table'


/** A stylist's live booking: its time is set (an appointment's), with the customer's first name. */
type Booked = Pick<VisitRow, 'id' | 'ticket_number'> & { [K in 'scheduled_at' | 'duration_minutes']: NonNullable<VisitRow[K]> } & { first_name: string }

/** `HH:MM` in the salon's zone. */
const clockTime = (at: Date, zone: string) => formatInZone(at, zone).slice(11, 16)

/** Two half-open intervals [start, end) overlap: 10:00–10:30 and 10:30–11:00 do not. */
export const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean => aStart < bEnd && bStart < aEnd

/**
 * What every booking and every move must pass, inside the transaction that writes it: not in the
 * past (by the injected clock), a stylist who works here, no overlap with the stylist's other live
 * bookings (CONFLICT naming the other's time and first name), and within opening hours unless the
 * counter was warned and booked anyway.
 */
export function createBookingRules({ db, clock, timeZone, openingHours }: { db: Db; clock: Clock; timeZone: () => string; openingHours: () => OpeningHours }) {
  const { sync } = db
  const stylistStatement = () => sync.prepare(`SELECT name, active FROM users WHERE id = ?`)
  const bookedStatement = () =>
    sync.prepare(
      `SELECT v.id, v.ticket_number, v.scheduled_at, v.duration_minutes, coalesce(c.first_name, v.customer_name) AS first_name
         FROM visits v LEFT JOIN customers c ON c.id = v.customer_id
        WHERE v.stylist_id = ? AND v.kind = 'appointment' AND v.salon_day BETWEEN ? AND ?
          AND v.status NOT IN (${FREE_STATUSES.map(() => '?').join(', ')}) AND v.id IS NOT ?
        ORDER BY v.scheduled_at`,
    )

  function check(slot: Slot, checks: BookingChecks, movingId?: string): void {
    const zone = timeZone()
    const now = clock()
    if (slot.at.getTime() < now.getTime()) {
      throw validationError({ scheduled_at: `That time has passed: it is ${clockTime(now, zone)} on ${formatInZone(now, zone).slice(0, 10).split('-').reverse().join('/')}. Choose a later time.` }, 'A booking cannot be in the past.')
    }
    const start = slot.at.getTime()
    const end = start + slot.minutes * 60_000
    const day = salonDate(slot.at, zone)
    if (slot.stylist_id) {
      const stylist = stylistStatement().get(slot.stylist_id) as Pick<UserRow, 'name' | 'active'> | undefined
      if (!stylist || !worksHere(stylist)) throw validationError({ stylist_id: 'Choose a stylist who works here.' })
      // Neighbouring days too: a late booking can run past midnight into the next salon day.
      const others = bookedStatement().all(slot.stylist_id, addDays(day, -1), addDays(day, 1), ...FREE_STATUSES, movingId ?? null) as Booked[]
      for (const other of others) {
        const otherStart = new Date(other.scheduled_at).getTime()
        const otherEnd = otherStart + other.duration_minutes * 60_000
        if (!overlaps(start, end, otherStart, otherEnd)) continue
        const when = `${clockTime(new Date(otherStart), zone)}–${clockTime(new Date(otherEnd), zone)}`
        const message = `${stylist.name} is already booked ${when} with ${firstWord(other.first_name)} (${other.ticket_number}).`
        throw new DomainError('CONFLICT', message, { scheduled_at: message })
      }
    }
    if (!checks.outside_hours_ok) {
      const wall = formatInZone(slot.at, zone)
      const startMinute = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16))
      const reason = outsideHours(openingHours(), day, startMinute, slot.minutes)
      if (reason) throw validationError({ outside_hours: `${reason} Book anyway only if the salon will be open.` }, reason)
    }
  }

  return { check }
}

/** A first name as the book shows it: the first word only. */
const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? name
