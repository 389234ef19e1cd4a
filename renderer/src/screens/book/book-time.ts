import type { BookDay, Visit, VisitStatus } from '../../api/contract'
import { holdsTime } from '../../../../vocabulary'

/** The book's grid: one row per quarter hour; a slot to book is half an hour. */
export const ROW_MINUTES = 15
export const SLOT_MINUTES = 30

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
export const hhmmOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
/** "2026-11-24T10:30:00+05:30" → minutes after the salon day's midnight (the string is already in the salon's zone). */
export const startMinute = (visit: Visit): number => minutesOf((visit.scheduled_at ?? '').slice(11, 16))

/** "10:30" → "10:30 am", as the rest of the app writes times. */
export function clockLabel(hhmm: string): string {
  const minutes = minutesOf(hhmm)
  const hour = Math.floor(minutes / 60)
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minutes % 60).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`
}

/** Bookings that still hold their time (a cancelled or missed one does not: vocabulary/visit-status.ts). */
export const bookingHoldsTime = (visit: Visit): boolean => holdsTime(visit.status)

/**
 * The hours the grid shows: the day's opening hours (10:00–20:00 when closed), widened to any
 * booking outside them, on whole half hours.
 */
export function gridRange(day: BookDay): { from: number; to: number } {
  let from = day.hours ? minutesOf(day.hours[0]) : 10 * 60
  let to = day.hours ? minutesOf(day.hours[1]) : 20 * 60
  for (const booking of day.bookings) {
    from = Math.min(from, startMinute(booking))
    to = Math.max(to, startMinute(booking) + (booking.duration_minutes ?? 30))
  }
  return { from: Math.floor(from / SLOT_MINUTES) * SLOT_MINUTES, to: Math.min(24 * 60, Math.ceil(to / SLOT_MINUTES) * SLOT_MINUTES) }
}

/** "2026-11-24" plus days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** "25/11/2026": dates on screen are day first. */
export const dayFirst = (date: string) => date.split('-').reverse().join('/')

/** Where a booking stands, in a word on its block; one still to come needs none. */
export const STATUS_WORD: Partial<Record<VisitStatus, string>> = { checked_in: 'Arrived', in_progress: 'In the chair', completed: 'Done', no_show: 'No-show', cancelled: 'Cancelled' }
