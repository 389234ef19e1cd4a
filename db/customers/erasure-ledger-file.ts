import { readJsonArray, writeJsonArray } from '../json-beside'
import type { ErasureEntry } from './erasure'

/**
 * A copy of the erasure ledger beside the database (ids, times and bases only: no PII). If the
 * database itself is damaged and replaced by an older backup, this copy still says who must
 * stay erased.
 */
export const ledgerFilePath = (databasePath: string) => `${databasePath}.erasures.json`

const isEntry = (entry: unknown): entry is ErasureEntry =>
  typeof entry === 'object' && entry !== null && typeof (entry as ErasureEntry).customer_id === 'string' && (entry as ErasureEntry).customer_id.length === 26

export const readLedgerFile = (databasePath: string): ErasureEntry[] => readJsonArray(ledgerFilePath(databasePath), isEntry)

export function writeLedgerFile(databasePath: string, entries: readonly ErasureEntry[]): void {
  writeJsonArray(ledgerFilePath(databasePath), mergeLedgers(readLedgerFile(databasePath), entries))
}

export function mergeLedgers(...lists: readonly (readonly ErasureEntry[])[]): ErasureEntry[] {
  const byId = new Map<string, ErasureEntry>()
  for (const list of lists) for (const entry of list) if (!byId.has(entry.customer_id)) byId.set(entry.customer_id, entry)
  return [...byId.values()].sort((a, b) => (a.erased_at < b.erased_at ? -1 : 1))
}
