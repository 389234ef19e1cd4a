import { ADDRESS_NEEDED_FROM } from '../bills/invoice-rules'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { ReadDb } from '../store-views'
import { DomainError, notFound } from '../errors'
import { ERASED_NAME } from './names'
import type { CustomerRow } from './customers.table'
import type { ErasureLedgerRow } from './erasure-ledger.table'

/** An erasure as the ledger records it, less the phone's blind index (eraseCustomerRow takes that from the customer's row). */
export type ErasureEntry = Omit<ErasureLedgerRow, 'phone_bidx'>

/**
 * "Erased customer 7K2Q": a name that says what happened and tells erased rows apart. The tag is
 * the end of the customer's id, so every desk that applies the erasure writes the same bytes.
 */
export const erasedName = (customerId: string) => ({ first_name: ERASED_NAME, last_name: customerId.slice(-4).toUpperCase() })

/**
 * Erases one customer's personal data (DPDP right to be forgotten) inside the caller's
 * transaction: phone, email and birthday ciphertexts and their blind indexes go, the name
 * becomes "Erased customer" plus a short tag, notes and gender are cleared, and the row is
 * marked erased (and deleted, so no read shows it). The id stays on bills and visits so totals
 * and tax records stand. The same phone is scrubbed from anonymous bills and visits, a private
 * buyer's address from their bills (eraseBuyerAddresses), and every
 * user's drafts about them are removed. The ledger always gets the entry. Returns whether a row's personal data was erased now.
 */
export function eraseCustomerRow(db: Db, writer: Writer, entry: ErasureEntry, options: { requireLive: boolean }): boolean {
  const row = db.sqlite.prepare(`SELECT phone_bidx, erased_at, deleted_at FROM customers WHERE id = ?`).get(entry.customer_id) as
    | Pick<CustomerRow, 'phone_bidx' | 'erased_at' | 'deleted_at'>
    | undefined
  if (options.requireLive) {
    if (!row) throw notFound('Customer')
    if (row.erased_at !== null) throw new DomainError('CONFLICT', 'This customer has already been erased.')
  }
  const known = db.sqlite.prepare(`SELECT 1 FROM erasure_ledger WHERE customer_id = ?`).get(entry.customer_id) !== undefined
  // The entry carries the phone's blind index, so a row with that phone that arrives later is scrubbed too.
  if (!known) writer.insert('erasure_ledger', { ...entry, phone_bidx: row?.phone_bidx ?? null })
  // A restored backup may predate the customer, or already have them erased: nothing to do.
  if (!row || row.erased_at !== null) return false
  const scrubbed = {
    ...erasedName(entry.customer_id),
    phone: null,
    phone_bidx: null,
    phone_last4_bidx: null,
    email: null,
    date_of_birth: null,
    birthday_bidx: null,
    gender: null,
    notes: null,
  }
  // What the outbox still holds of them goes too, before the erasure's own entry.
  writer.scrubOutbox('customers', entry.customer_id, scrubbed)
  writer.update('customers', entry.customer_id, { ...scrubbed, erased_at: entry.erased_at, deleted_at: row.deleted_at ?? entry.erased_at, updated_at: entry.erased_at })
  // Unfinished work about them (a bill being built, a note that did not save) goes too, whoever typed it.
  writer.unsynced.prepare(`DELETE FROM drafts WHERE customer_id = ?`).run(entry.customer_id)
  eraseBuyerAddresses(db, writer, entry.customer_id, row.phone_bidx)
  if (row.phone_bidx) scrubPhone(db, writer, row.phone_bidx)
  return true
}

/**
 * The address a private buyer gave for the invoice is their personal data: it goes from their own
 * bills and from anonymous bills that carried their phone (before that phone is scrubbed), the
 * one change the bills' trigger allows (0012). Two kinds stay, because the law requires them on a
 * tax invoice that must itself be kept (CGST s.36: 72 months; DPDP s.8(7) lets a law's retention
 * stand): a business's GSTIN and address, and a private buyer's address on a tax invoice of
 * ₹50,000 or more of taxable value (Rule 46(e)), or on a credit note against one. The state stays
 * on every bill: it is the place of supply.
 */
function eraseBuyerAddresses(db: Db, writer: Writer, customerId: string, phoneBidx: Uint8Array | null): void {
  const optional = `buyer_gstin IS NULL AND buyer_address IS NOT NULL
    AND coalesce((SELECT sum(abs(r.taxable_value)) FROM bill_tax_rates r WHERE r.bill_id = coalesce(bills.original_bill_id, bills.id)), 0) < ${ADDRESS_NEEDED_FROM}`
  const ids = db.sqlite.prepare(`SELECT id FROM bills WHERE customer_id = ? AND ${optional}`).pluck().all(customerId) as string[]
  if (phoneBidx) ids.push(...(db.sqlite.prepare(`SELECT id FROM bills WHERE customer_phone_bidx = ? AND ${optional}`).pluck().all(phoneBidx) as string[]))
  for (const id of new Set(ids)) writer.erase('bills', id, { buyer_address: null })
}

/**
 * The phone on anonymous bills and on walk-ins and appointments under the name they gave: it goes,
 * and on visits the name too (the queue shows "Erased customer").
 */
export function scrubPhone(db: Db, writer: Writer, phoneBidx: Uint8Array): void {
  for (const id of db.sqlite.prepare(`SELECT id FROM bills WHERE customer_phone_bidx = ?`).pluck().all(phoneBidx) as string[]) {
    writer.erase('bills', id, { customer_phone: null, customer_phone_bidx: null })
  }
  for (const id of db.sqlite.prepare(`SELECT id FROM visits WHERE customer_phone_bidx = ?`).pluck().all(phoneBidx) as string[]) {
    const scrubbed = { customer_name: ERASED_NAME, customer_phone: null, customer_phone_bidx: null }
    writer.scrubOutbox('visits', id, scrubbed)
    writer.update('visits', id, scrubbed)
  }
}

/** How many of an erased customer's own bills keep the address the law keeps (eraseBuyerAddresses): the owner is told. */
export function buyerAddressesKept(db: ReadDb, customerId: string): number {
  return db.sync.prepare(`SELECT count(*) FROM bills WHERE customer_id = ? AND buyer_gstin IS NULL AND buyer_address IS NOT NULL`).pluck().get(customerId) as number
}

/**
 * After erasing, push the old bytes out of the file: checkpoint the WAL into the database
 * (secure_delete zeroes the freed space there) and truncate the WAL to nothing.
 */
export function purgeOldBytes(db: Db): boolean {
  // TRUNCATE waits (busy_timeout, 5 s) for readers to leave the WAL, and a worker's export or
  // check reads for far longer: never wait here on the main thread, report busy instead.
  const timeout = db.sqlite.pragma('busy_timeout', { simple: true }) as number
  db.sqlite.pragma('busy_timeout = 0')
  try {
    const [result] = db.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
    // busy: another reader (an export or a check on a worker) held the WAL; the next checkpoint finishes the job.
    return result !== undefined && result.busy === 0
  } finally {
    db.sqlite.pragma(`busy_timeout = ${timeout}`)
  }
}

export function readLedger(db: Db): ErasureEntry[] {
  return db.sqlite.prepare(`SELECT customer_id, erased_at, user_id, basis FROM erasure_ledger ORDER BY erased_at`).all() as ErasureEntry[]
}

/** Re-erases everyone in `ledger` (e.g. after restoring an older backup), inside the caller's change. Returns how many rows it touched. */
export function reapplyLedger(db: Db, writer: Writer, ledger: readonly ErasureEntry[]): number {
  return ledger.filter((entry) => eraseCustomerRow(db, writer, entry, { requireLive: false })).length
}
