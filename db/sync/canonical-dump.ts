import type Database from 'better-sqlite3'
import type { PiiVault } from '../vault/vault'
import { syncedColumns, type LedgerTable, type RecordTable } from './sync-class'
import { SYNC_TABLES } from './sync-tables'

/** The columns that hold vault ciphertexts, sealed to their table, column and row id. */
const SEALED: Readonly<Record<string, readonly string[]>> = {
  customers: ['phone', 'email', 'date_of_birth'],
  bills: ['customer_phone'],
  visits: ['customer_phone'],
}

/**
 * The synced data of a database as text, one line a row (SYNC.md, "Converges"): every ledger
 * and record table, their synced columns only, rows in key order, ciphertexts opened (nonces
 * differ between copies; the values must not) and other bytes as hex. Two desks that hold the
 * same data give the same text, byte for byte.
 */
export function canonicalDump(sqlite: Database.Database, vault: PiiVault): string {
  const lines: string[] = []
  for (const [table, declared] of Object.entries(SYNC_TABLES).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (declared.class !== 'ledger' && declared.class !== 'record') continue
    const synced = declared as unknown as LedgerTable<Record<string, unknown>> | RecordTable<Record<string, unknown>>
    const columns = synced.class === 'record' ? syncedColumns(synced) : columnsOf(sqlite, table)
    const order = synced.key.map((column) => `"${column}"`).join(', ')
    const rows = sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${order}`).all() as Record<string, unknown>[]
    for (const row of rows) {
      const rowId = String(row[synced.key[0]])
      const values = columns.map((column) => {
        const value = row[column]
        if (value instanceof Uint8Array) {
          if (SEALED[table]?.includes(column)) return { opened: vault.decrypt(table, column, rowId, value) }
          return { hex: Buffer.from(value).toString('hex') }
        }
        return value
      })
      lines.push(`${table} ${JSON.stringify(Object.fromEntries(columns.map((column, index) => [column, values[index]])))}`)
    }
  }
  return lines.join('\n')
}

function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name).sort()
}
