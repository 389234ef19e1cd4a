import type { Db } from '../sqlite/connection'
import { recomputeCustomerTotals } from '../customers/customer-totals'
import { monthOf } from '../bills/bill.repository'
import { recomputeMonth } from '../bills/sales-by-month'
import type { Writer } from './writer'
import { decodeFields } from './outbox-encoding'
import { tableSync } from './sync-tables'
import type { SyncOutboxRow } from './sync.table'

/** A change waiting in the outbox, as replay reads it (all but its change id, which replay does not need). */
export type OutboxEntry = Omit<SyncOutboxRow, 'change_id'>

export function readOutbox(db: Db): OutboxEntry[] {
  return db.sync.prepare(`SELECT seq, table_name, row_key, op, fields, hlc, user_id FROM sync_outbox ORDER BY seq`).all() as OutboxEntry[]
}

/**
 * Replays outbox entries into another desk's database, in order, through that desk's writer, then
 * recomputes the derived data they touch (customer totals, monthly figures). The local proof that the outbox says
 * everything: replayed into an empty database it gives the same canonical dump.
 */
export function replayOutbox(db: Db, writer: Writer, entries: readonly OutboxEntry[], timeZone: string): void {
  const customers = new Set<string>()
  const months = new Set<string>()
  for (const entry of entries) {
    const declared = tableSync(entry.table_name)
    if (!declared || !('key' in declared)) throw new Error(`The outbox names ${entry.table_name}, which does not sync`)
    const fields = decodeFields(entry.fields)
    const parts = entry.row_key.split('/')
    const key = declared.key.map((column, index) => (typeof fields[column] === 'number' ? Number(parts[index]) : (parts[index] ?? '')))
    const table = entry.table_name as never
    // A record's local columns never travel: the receiving desk fills its own (updated_at: when the change was made).
    if (entry.op === 'insert' && declared.class === 'record' && 'updated_at' in declared.columns && fields.updated_at === undefined) fields.updated_at = entry.hlc.slice(0, 24)
    if (entry.op === 'insert') writer.insert(table, fields as never)
    else if (entry.op === 'update') writer.update(table, key as never, fields as never)
    else if (entry.op === 'erase') writer.erase(table, key as never, fields as never)
    else writer.delete(table, key as never)
    // Only a new bill moves a customer's totals and a month's figures (erasure clears no amount).
    if (entry.table_name === 'bills' && entry.op === 'insert') {
      if (typeof fields.customer_id === 'string') customers.add(fields.customer_id)
      if (typeof fields.posted_at === 'string') months.add(monthOf(new Date(fields.posted_at), timeZone))
    }
  }
  for (const id of customers) recomputeCustomerTotals(db, writer, id)
  for (const month of months) recomputeMonth(db, writer, month, timeZone)
}

