import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import type Database from 'better-sqlite3'
import type { CustomerRow } from './customers.table'
import type { CustomerDecoder } from './customer.decoder'
import { formatInZone } from '../zoned-time'
import { csvRow, rupees } from '../csv'

export const CSV_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'phone',
  'email',
  'date_of_birth',
  'gender',
  'notes',
  'total_visits',
  'total_spent_rupees',
  'total_spent_paise',
  'last_visit_at',
  'member_since',
] as const

/** The first line of every customers CSV Parlour writes (the BOM lets Excel read Indian scripts): how Parlour knows its own export again. */
export const CSV_HEADER = `\uFEFF${csvRow(CSV_COLUMNS)}`

/** Where the customers are read from: a connection, the decoder that opens their encrypted fields, the salon's zone. */
export type CsvSource = { db: Database.Database; decoder: Pick<CustomerDecoder, 'detailOf'>; timeZone: string }

/**
 * Every live customer as CSV (UTF-8 with a BOM so Excel reads Indian scripts), streamed to
 * `file` through a temporary file renamed into place: a half-written export never looks done.
 * Unreadable encrypted fields are left empty. Returns the number of customers written.
 * Synchronous, one pass over every customer: the app runs it on a worker thread with its own
 * read-only connection (db/bulk/customers-csv-export.ts).
 */
export function writeCustomersCsv(source: CsvSource, file: string): number {
  const zone = source.timeZone
  const temporary = `${file}.partial`
  const fd = openSync(temporary, 'w')
  let rows = 0
  try {
    writeSync(fd, CSV_HEADER)
    const statement = source.db.prepare(`SELECT * FROM customers WHERE deleted_at IS NULL ORDER BY created_at, id`)
    let chunk = ''
    for (const row of statement.iterate() as IterableIterator<CustomerRow>) {
      const customer = source.decoder.detailOf(row)
      chunk += csvRow([
        customer.id,
        customer.first_name,
        customer.last_name,
        customer.phone,
        customer.email,
        customer.date_of_birth,
        customer.gender,
        customer.notes,
        customer.total_visits,
        rupees(customer.total_spent),
        customer.total_spent,
        customer.last_visit_at ? formatInZone(customer.last_visit_at, zone) : null,
        formatInZone(customer.created_at, zone),
      ])
      rows++
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk)
        chunk = ''
      }
    }
    writeSync(fd, chunk)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
  closeSync(fd)
  moveIntoPlace(temporary, file)
  return rows
}

/** Renames a finished temporary file over `file` (atomic on one disk), or removes it and rethrows. */
export function moveIntoPlace(temporary: string, file: string): void {
  try {
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
