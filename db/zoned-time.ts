/**
 * Salon-time arithmetic on plain `Date`s and IANA zone names, with Intl only (no library):
 * "today", ticket days and cutoffs are the salon's, not the machine's.
 */

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** The zone's offset from UTC at `date`, in whole minutes (India: +330). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const wall = wallClock(date, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const truncated = Math.floor(date.getTime() / 1000) * 1000
  return Math.round((asUtc - truncated) / 60_000)
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0')

const QUARTER_HOUR = 15 * 60_000
const offsetCache = new Map<string, number>()

/**
 * The zone's offset at `date`, cached per quarter hour of UTC time: every zone's offset is a
 * multiple of 15 minutes and changes only at a whole local hour or half hour, which always
 * falls on a UTC quarter hour, so a cached bucket never straddles a change. Turns a ~5 µs
 * Intl call per timestamp into a map lookup on lists of hundreds of times.
 */
function cachedOffsetMinutes(date: Date, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(date.getTime() / QUARTER_HOUR)}`
  let offset = offsetCache.get(key)
  if (offset === undefined) {
    if (offsetCache.size > 50_000) offsetCache.clear()
    offset = offsetMinutes(date, timeZone)
    offsetCache.set(key, offset)
  }
  return offset
}

/** `2025-10-10T14:30:00+05:30`: a stored UTC time as the API shows it, in the salon's zone. */
export function formatInZone(stored: string | Date, timeZone: string): string {
  const date = typeof stored === 'string' ? new Date(stored) : stored
  const offset = cachedOffsetMinutes(date, timeZone)
  // The wall clock is UTC shifted by the offset; read it with the UTC getters.
  const wall = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000)
  const sign = offset < 0 ? '-' : '+'
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  )
}

/** `20261124-103000`: a moment in the salon's zone, for file names (backups, kept-aside copies). */
export const fileStamp = (date: Date, timeZone: string): string => formatInZone(date, timeZone).slice(0, 19).replace(/[-:]/g, '').replace('T', '-')

/** The salon's calendar date at `date`, as `YYYY-MM-DD`. */
export function salonDate(date: Date, timeZone: string): string {
  const wall = wallClock(date, timeZone)
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

/** The instant the salon's calendar day `YYYY-MM-DD` begins. */
export function startOfSalonDay(localDate: string, timeZone: string): Date {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number]
  const midnightAsUtc = Date.UTC(year, month - 1, day)
  // Two passes settle the offset even on a day when it changes (elsewhere than India).
  let guess = midnightAsUtc - offsetMinutes(new Date(midnightAsUtc), timeZone) * 60_000
  guess = midnightAsUtc - offsetMinutes(new Date(guess), timeZone) * 60_000
  return new Date(guess)
}

/** `YYYY-MM-DD` plus `days` calendar days (negative allowed). */
export function addDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number]
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return shifted.toISOString().slice(0, 10)
}
