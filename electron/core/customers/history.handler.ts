import { DomainError, validationError } from '../../../db/errors'
import type { Handler } from '../context'
import type { HistoryItem } from './customers.shapes'
import { billFor } from '../bills/bills.projection'
import { formatInZone } from '../../../db/zoned-time'
import type { BillRecord } from '../../../db/bills/bill.repository'

const DEFAULT_PAGE = 20

type Cursor = { at: string; id: string }

// The cursor is the (time, id) of the last item shown, opaque to the screen. Paging "strictly
// older than the cursor" keeps pages stable when new bills and visits arrive at the top.
export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url')

export function decodeCursor(text: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[]
    if (typeof at === 'string' && typeof id === 'string' && at.length === 24 && id.length === 26) return { at, id }
  } catch {
    // falls through to the validation error
  }
  throw validationError({ before: 'This page marker is not valid: reload the history.' })
}

/** One timeline of a customer's bills, refunds, appointments and walk-ins, newest first. */
export const customerHistory: Handler<'customers.history'> = (ctx, input) => {
  if (!ctx.store.customers.isLive(input.id)) throw new DomainError('NOT_FOUND', 'Customer was not found.')
  const limit = input.limit ?? DEFAULT_PAGE
  const before = input.before === undefined ? undefined : decodeCursor(input.before)
  const zone = ctx.zone()
  // Each source gives at most limit + 1 from its own index; the merge takes the newest, and
  // only the bills that make the page are hydrated (lines, payments) and projected.
  const bills = ctx.store.bills.rowsForCustomer(input.id, limit + 1, before).map((row) => ({ at: row.posted_at, id: row.id, row }))
  const visits = ctx.store.visits.forCustomer(input.id, limit + 1, before).map((visit) => ({ at: visit.at, id: visit.id, visit }))
  const merged = [...bills, ...visits].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
  const page = merged.slice(0, limit)
  const hydrated = new Map(ctx.store.bills.hydrate(page.flatMap((entry) => ('row' in entry ? [entry.row] : []))).map((bill) => [bill.id, bill]))
  ctx.audit.read({ action: 'customer.history', user_id: ctx.actor.user_id, customer_id: input.id })
  const items: HistoryItem[] = page.map((entry) => {
    if ('row' in entry) {
      const bill = hydrated.get(entry.id) as BillRecord
      return { kind: bill.kind === 'sale' ? 'bill' : 'refund', at: formatInZone(entry.at, zone), bill: billFor(ctx.actor.role, bill, zone) }
    }
    return {
      kind: entry.visit.kind,
      at: formatInZone(entry.at, zone),
      ticket_number: entry.visit.ticket_number,
      service: entry.visit.service,
      status: entry.visit.status,
    }
  })
  const last = page[page.length - 1]
  return { items, next: merged.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null }
}
