/**
 * The salon's opening hours: seven entries, Monday first, each [open, close] as "HH:MM" in the
 * salon's zone, or null for a day it is closed. Stored as JSON on the settings row (0010).
 */
export type DayHours = readonly [open: string, close: string] | null
export type OpeningHours = readonly DayHours[]

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const DEFAULT_OPENING_HOURS: OpeningHours = WEEKDAY_NAMES.map(() => ['10:00', '20:00'] as const)

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Reads the stored JSON; anything malformed reads as the default rather than failing the app. */
export function parseOpeningHours(stored: string): OpeningHours {
  try {
    const value: unknown = JSON.parse(stored)
    if (Array.isArray(value) && value.length === 7 && value.every(isDayHours)) return value as OpeningHours
  } catch {
    // fall through to the default
  }
  return DEFAULT_OPENING_HOURS
}

export function isDayHours(value: unknown): value is DayHours {
  if (value === null) return true
  return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string' && HH_MM.test(part)) && minutesOf(value[0] as string) < minutesOf(value[1] as string)
}

/** Monday = 0 … Sunday = 6, for a salon date `YYYY-MM-DD`. */
export function weekdayIndex(salonDay: string): number {
  const [year, month, day] = salonDay.split('-').map(Number) as [number, number, number]
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
}

export const hoursOn = (hours: OpeningHours, salonDay: string): DayHours => hours[weekdayIndex(salonDay)] ?? null

/**
 * Why a booking from `startMinute` for `minutes` (wall-clock minutes after the salon day's midnight)
 * falls outside the day's hours, in words; undefined when it fits.
 */
export function outsideHours(hours: OpeningHours, salonDay: string, startMinute: number, minutes: number): string | undefined {
  const day = hoursOn(hours, salonDay)
  const name = WEEKDAY_NAMES[weekdayIndex(salonDay)]
  if (!day) return `The salon is closed on ${name}s.`
  const [open, close] = day
  if (startMinute < minutesOf(open) || startMinute + minutes > minutesOf(close)) return `Outside opening hours: ${name} ${open}–${close}.`
  return undefined
}
