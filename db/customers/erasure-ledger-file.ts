import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { ErasureEntry } from './erasure'

/**
 * A copy of the erasure ledger beside the database (ids, times and bases only: no PII). If the
 * database itself is damaged and replaced by an older backup, this copy still says who must
 * stay erased.
 */
export const ledgerFilePath = (databasePath: string) => `${databasePath}.erasures.json`

export function readLedgerFile(databasePath: string): ErasureEntry[] {
  const file = ledgerFilePath(databasePath)
  if (!existsSync(file)) return []
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return Array.isArray(parsed) ? (parsed as ErasureEntry[]).filter((entry) => typeof entry?.customer_id === 'string' && entry.customer_id.length === 26) : []
  } catch {
    return []
  }
}

export function writeLedgerFile(databasePath: string, entries: readonly ErasureEntry[]): void {
  const file = ledgerFilePath(databasePath)
  const merged = mergeLedgers(readLedgerFile(databasePath), entries)
  writeFileSync(`${file}.tmp`, `${JSON.stringify(merged, null, 1)}\n`)
  renameSync(`${file}.tmp`, file)
}

export function mergeLedgers(...lists: readonly (readonly ErasureEntry[])[]): ErasureEntry[] {
  const byId = new Map<string, ErasureEntry>()
  for (const list of lists) for (const entry of list) if (!byId.has(entry.customer_id)) byId.set(entry.customer_id, entry)
  return [...byId.values()].sort((a, b) => (a.erased_at < b.erased_at ? -1 : 1))
}
