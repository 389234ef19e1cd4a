import type { BillKind } from '../../vocabulary'
import type { Db } from '../sqlite/connection'
import { wallClock } from '../zoned-time'

/**
 * Gap-free counters: the next value is taken inside the caller's transaction, so a failed post
 * rolls its number back and the next post reuses it; a committed number is never reused.
 */
export function nextCounter(db: Db, name: string): number {
  const row = db.sync
    .prepare(`INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`)
    .get(name) as { value: number }
  return row.value
}

/** The Indian financial year (April to March) of a moment, by its start year: 5 Mar 2027 → 2026. */
export function financialYear(at: Date, timeZone: string): number {
  const { year, month } = wallClock(at, timeZone)
  return month >= 4 ? year : year - 1
}

/** `SAL-26-0042` for sales of FY 2026-27; refunds (credit notes) have their own series, `SAL-CN-26-0003`. */
export function nextInvoiceNumber(db: Db, kind: BillKind, prefix: string, at: Date, timeZone: string): string {
  const fy = financialYear(at, timeZone)
  const sequence = nextCounter(db, `invoice:${kind}:${fy}`)
  const yy = String(fy % 100).padStart(2, '0')
  const series = kind === 'sale' ? prefix : `${prefix}-CN`
  return `${series}-${yy}-${String(sequence).padStart(4, '0')}`
}

/**
 * `TKT-261124-007`: the 7th ticket of the salon day 24 Nov 2026. The number names the year by
 * two digits, so a day a century away would share it: a number already `taken` is skipped and
 * the next one is used, so a ticket number is never issued twice.
 */
export function nextTicketNumber(db: Db, salonDay: string, taken: (ticket: string) => boolean): string {
  const day = `${salonDay.slice(2, 4)}${salonDay.slice(5, 7)}${salonDay.slice(8, 10)}`
  for (;;) {
    const ticket = `TKT-${day}-${String(nextCounter(db, `ticket:${salonDay}`)).padStart(3, '0')}`
    if (!taken(ticket)) return ticket
  }
}

