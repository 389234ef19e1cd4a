/**
 * Times arrive as ISO-8601 strings already in the salon's zone ("2026-11-24T10:30:00+05:30").
 * They are shown as written: the wall-clock parts are read from the string and formatted as
 * UTC, so the machine's own zone never shifts them.
 */

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number }

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/

export function wallClock(iso: string): WallClock | null {
  const m = WALL.exec(iso)
  if (!m) return null
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0) }
}

const asUtc = (w: WallClock) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute))

const DATE = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
const DATE_NO_YEAR = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short' })
const WEEKDAY_DATE = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
const TIME = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit', hour12: true })
const MONTH = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', month: 'short' })
const MONTH_YEAR = new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', month: 'long', year: 'numeric' })

function formatWith(format: Intl.DateTimeFormat, iso: string | null | undefined): string {
  const w = iso ? wallClock(iso) : null
  return w ? format.format(asUtc(w)) : '—'
}

/** "24 Nov 2026" */
export const formatDate = (iso: string | null | undefined) => formatWith(DATE, iso)
/** "24 Nov" */
export const formatDayMonth = (iso: string | null | undefined) => formatWith(DATE_NO_YEAR, iso)
/** "Tue, 24 Nov" */
export const formatWeekdayDate = (iso: string | null | undefined) => formatWith(WEEKDAY_DATE, iso)
/** "10:30 am" */
export const formatTime = (iso: string | null | undefined) => formatWith(TIME, iso)
/** "24 Nov 2026, 10:30 am" */
export const formatDateTime = (iso: string | null | undefined) => (iso ? `${formatDate(iso)}, ${formatTime(iso)}` : '—')
/** "2026-03" → "Mar" */
export const formatMonthShort = (month: string) => formatWith(MONTH, `${month}-01`)
/** "2026-03" → "March 2026" */
export const formatMonthLong = (month: string) => formatWith(MONTH_YEAR, `${month}-01`)

/** What is read of an instant in the salon's zone: its calendar date, its wall-clock time, its UTC offset. */
const IN_ZONE = {
  date: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  time: ['en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
  offset: ['en-US', { timeZoneName: 'longOffset' }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>

const inZoneFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The parts of an instant in a zone. The formatters are made once per zone (making one costs far
 * more than using it, and "today" is read on every render of several screens).
 */
function partsInZone(kind: keyof typeof IN_ZONE, instant: Date, timeZone: string): (type: Intl.DateTimeFormatPartTypes) => string | undefined {
  const id = `${kind} ${timeZone}`
  let format = inZoneFormats.get(id)
  if (!format) {
    const [locale, options] = IN_ZONE[kind]
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    inZoneFormats.set(id, format)
  }
  const parts = format.formatToParts(instant)
  return (type) => parts.find((part) => part.type === type)?.value
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  const get = partsInZone('date', instant, timeZone)
  return `${get('year') ?? '00'}-${get('month') ?? '00'}-${get('day') ?? '00'}`
}

/** Today in the salon's zone (YYYY-MM-DD). */
export const salonToday = (timeZone: string) => dateInZone(new Date(), timeZone)

/** Whole days from one calendar date to another (both YYYY-MM-DD or ISO strings). */
export function daysBetween(from: string, to: string): number {
  const a = wallClock(from)
  const b = wallClock(to)
  if (!a || !b) return 0
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}

/** "today", "yesterday", "12 days ago", "3 months ago", "2 years ago". */
export function relativeDay(iso: string | null, today: string): string {
  if (!iso) return 'never'
  const days = daysBetween(iso, today)
  if (days <= 0) return days === 0 ? 'today' : 'upcoming'
  if (days === 1) return 'yesterday'
  if (days < 60) return `${days} days ago`
  if (days < 365) return `${Math.floor(days / 30)} months ago`
  const years = Math.floor(days / 365)
  return years === 1 ? 'a year ago' : `${years} years ago`
}

/** Days until the next birthday (0 = today), from a YYYY-MM-DD date of birth. 29 Feb counts as 28 Feb in other years. */
export function daysUntilBirthday(dateOfBirth: string, today: string): number | null {
  const dob = wallClock(dateOfBirth)
  const now = wallClock(today)
  if (!dob || !now) return null
  const on = (year: number) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    const day = dob.month === 2 && dob.day === 29 && !leap ? 28 : dob.day
    return Date.UTC(year, dob.month - 1, day)
  }
  const todayMs = Date.UTC(now.year, now.month - 1, now.day)
  const thisYear = on(now.year)
  const next = thisYear >= todayMs ? thisYear : on(now.year + 1)
  return Math.round((next - todayMs) / 86_400_000)
}

/** "GMT+05:30" → "+05:30": the zone's offset at an instant. */
export function zoneOffset(instant: Date, timeZone: string): string {
  const name = partsInZone('offset', instant, timeZone)('timeZoneName') ?? 'GMT'
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name)
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00'
}

/**
 * A wall-clock date and time in the salon's zone as ISO-8601 with that zone's offset
 * ("2026-11-25T15:30:00+05:30"). The offset is taken at that moment (so a DST zone gets it right).
 */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const guess = new Date(`${date}T${time}:00Z`)
  const first = zoneOffset(guess, timeZone)
  const corrected = new Date(`${date}T${time}:00${first}`)
  return `${date}T${time}:00${zoneOffset(corrected, timeZone)}`
}

/** The current wall-clock time in a zone, as HH:MM. */
export function timeInZone(instant: Date, timeZone: string): string {
  const get = partsInZone('time', instant, timeZone)
  return `${get('hour') ?? '00'}:${get('minute') ?? '00'}`
}
