import type { BillKind } from '../../vocabulary'
import { formatInvoiceNumber, LOCAL_DESK, seriesStem } from '../../vocabulary/invoice-series'
import type { Db } from '../sqlite/connection'
import { wallClock } from '../zoned-time'
import type { CountersTable } from './counters.table'
import type { SalonSettings } from '../settings/settings.repository'

/**
 * Gap-free counters: the next value is taken inside the caller's transaction, so a failed post
 * rolls its number back and the next post reuses it; a committed number is never reused.
 */
export function nextCounter(db: Db, name: string): number {
  const row = db.sync
    .prepare(`INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`)
    .get(name) as Pick<CountersTable, 'value'>
  return row.value
}

/** The Indian financial year (April to March) of a moment, by its start year: 5 Mar 2027 → 2026. */
export function financialYear(at: Date, timeZone: string): number {
  const { year, month } = wallClock(at, timeZone)
  return month >= 4 ? year : year - 1
}

/**
 * `SAL-26-0042` for sales of FY 2026-27; refunds (credit notes) have their own series,
 * `SAL-CN-26-0003`. The format is vocabulary/invoice-series.ts's; every desk is `local` today.
 */
export function nextInvoiceNumber(db: Db, kind: BillKind, prefix: string, at: Date, timeZone: string, desk: string = LOCAL_DESK): string {
  const fy = financialYear(at, timeZone)
  return formatInvoiceNumber(prefix, desk, kind, fy, nextCounter(db, invoiceCounter(kind, fy)))
}

/** The counter a kind of bill is numbered from in a financial year (one per desk: the counters table is local). */
const invoiceCounter = (kind: BillKind, fy: number) => `invoice:${kind}:${fy}`

/**
 * Moves the invoice counters of the financial year `at` falls in past the highest number each
 * series has issued, as far as this database knows: in the ledger (bills) and in the audit log,
 * whose `bill.post` and `bill.refund` entries record the number they issued and which a restore
 * carries over. So after a restore, or on a database copied back by hand, the next number is
 * never one already printed. Never moves a counter back. One indexed range query per series
 * (bills' unique index on the number, the audit log's partial one). Returns the counters moved.
 */
export function rederiveInvoiceCounters(db: Db, settings: Pick<SalonSettings, 'invoice_prefix' | 'time_zone'>, at: Date, desk: string = LOCAL_DESK): number {
  const prefix = settings.invoice_prefix
  const fy = financialYear(at, settings.time_zone)
  const highest = db.sync.prepare(
    `SELECT max(seq) AS seq FROM (
       SELECT CAST(substr(invoice_number, @from) AS INTEGER) AS seq FROM bills WHERE invoice_number >= @low AND invoice_number < @high
       UNION ALL
       SELECT CAST(substr(invoice_number, @from) AS INTEGER) FROM audit_log WHERE invoice_number >= @low AND invoice_number < @high)`,
  )
  const raise = db.sync.prepare(`INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value WHERE excluded.value > counters.value`)
  let moved = 0
  db.sync.transaction(() => {
    for (const kind of ['sale', 'refund'] as const) {
      const stem = seriesStem(prefix, desk, kind, fy)
      // The sequence is digits: every number of the series sorts between `stem0` and `stem:`.
      const found = (highest.get({ from: stem.length + 1, low: `${stem}0`, high: `${stem}:` }) as { seq: number | null }).seq
      if (found !== null && found > 0) moved += raise.run(invoiceCounter(kind, fy), found).changes
    }
  })
  return moved
}

/**
 * `TKT-261124-007`: the 7th ticket of the salon day 24 Nov 2026. The number names the year by
 * two digits, so a day a century away would share it: a number already `taken` is skipped and
 * the next one is used, so a ticket number is never issued twice. An enrolled desk puts its code
 * in (`TKT-A-261124-007`), so two desks never issue the same ticket; a desk alone (`local`) does not.
 */
export function nextTicketNumber(db: Db, salonDay: string, taken: (ticket: string) => boolean, deskCode: string = LOCAL_DESK): string {
  const day = `${salonDay.slice(2, 4)}${salonDay.slice(5, 7)}${salonDay.slice(8, 10)}`
  const desk = deskCode === LOCAL_DESK ? '' : `${deskCode}-`
  for (;;) {
    const ticket = `TKT-${desk}${day}-${String(nextCounter(db, `ticket:${salonDay}`)).padStart(3, '0')}`
    if (!taken(ticket)) return ticket
  }
}

