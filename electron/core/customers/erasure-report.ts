import { basename } from 'node:path'
import { listBackups } from '../../../db/backup/backup'
import { agesOutOn, setAsideCopies, type CopyKind } from '../../../db/backup/backup-ageing'
import { withReadOnly } from '../../../db/sqlite/readonly'
import { salonDate } from '../../../db/zoned-time'
import type { ExportLeft } from './export-erasure'
import type { CustomerRow } from '../../../db/customers/customers.table'

export type CopiesHolding = {
  /** Backups (and databases a restore set aside) that still hold the customer. */
  count: number
  /** The salon day (YYYY-MM-DD) by which the schedule has removed the last of them; null when none holds them. */
  goneBy: string | null
}

/** Does the copy at `file` still hold this customer un-erased? A copy that cannot be read is counted as holding them. */
function holdsCustomer(file: string, customerId: string): boolean {
  try {
    const row = withReadOnly(file, (db) => db.prepare('SELECT erased_at FROM customers WHERE id = ?').get(customerId)) as Pick<CustomerRow, 'erased_at'> | undefined
    return row !== undefined && row.erased_at === null
  } catch {
    return true
  }
}

/**
 * The copies of the data made before an erasure that still hold the customer, and when the
 * backup schedule (db/backup/backup-ageing.ts) removes the last of them: every backup in the
 * folders Parlour keeps them in, and the databases restores set aside beside the data. Each is
 * asked (read-only, one lookup by id) whether it holds the customer, so a backup made before
 * they were added is not counted. Copies the owner made elsewhere are not Parlour's to know.
 */
export function copiesHolding(customerId: string, options: { folders: readonly string[]; databasePath: string; keep: number; zone: string }): CopiesHolding {
  const copies: { file: string; kind: CopyKind; madeOn: string }[] = [
    ...[...new Set(options.folders)].flatMap((folder) => listBackups(folder)).map((backup) => ({ file: backup.file, kind: backup.reason, madeOn: salonDate(new Date(backup.created_at), options.zone) })),
    ...setAsideCopies(options.databasePath).map((copy) => ({ file: copy.file, kind: 'set-aside' as const, madeOn: copy.madeOn })),
  ]
  const holding = copies.filter((copy) => holdsCustomer(copy.file, customerId))
  const days = holding.map((copy) => agesOutOn(copy.kind, copy.madeOn, options.keep)).sort()
  return { count: holding.length, goneBy: days[days.length - 1] ?? null }
}

/** "12 Jan 2027" for a salon day. */
const spokenDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })

/**
 * What the owner reads after an erasure: where the customer was erased from, which copies still
 * hold them and until when, and which files Parlour could not clean.
 */
export function erasureMessage(outcome: { cleaned: number; left: readonly ExportLeft[]; holding: CopiesHolding; addressesKept: number }): string {
  const { cleaned, left, holding, addressesKept } = outcome
  const sentences = [cleaned > 0 ? `Erased from Parlour and from ${cleaned} export ${cleaned === 1 ? 'file' : 'files'} it wrote.` : 'Erased from Parlour.']
  if (holding.count === 0 || holding.goneBy === null) sentences.push('No backup holds this customer.')
  else if (holding.count === 1) sentences.push(`One backup made before now still holds this customer until it ages out, by ${spokenDay(holding.goneBy)}.`)
  else sentences.push(`${holding.count} backups made before now still hold this customer until they age out: the last one by ${spokenDay(holding.goneBy)}.`)
  if (addressesKept > 0) {
    const invoices = addressesKept === 1 ? 'one tax invoice' : `${addressesKept} tax invoices`
    sentences.push(`Their address stays on ${invoices} of ₹50,000 or more: GST law requires it there, and requires the invoice to be kept.`)
  }
  if (left.length > 0) {
    const names = left.map((file) => basename(file.file)).join(', ')
    sentences.push(left.length === 1 ? `One export file may still hold them: ${names}.` : `${left.length} export files may still hold them: ${names}.`)
  }
  return sentences.join(' ')
}
