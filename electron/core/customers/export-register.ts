import { existsSync } from 'node:fs'
import { readJsonArray, writeJsonArray } from '../../../db/json-beside'

/** What Parlour wrote: one customer's data (JSON and its readable page), or every customer as CSV. */
export type ExportKind = 'customer-json' | 'customer-html' | 'customers-csv'

export type ExportRecord = { file: string; kind: ExportKind; customer_id: string | null }

const KINDS: readonly string[] = ['customer-json', 'customer-html', 'customers-csv']

/**
 * The export files Parlour wrote, wherever the owner put them, kept beside the database (not in
 * it: a restore must not forget files written since the backup). An erasure finds the customer's
 * files here, and the CSVs that may hold their row. Paths only (a per-customer file's name holds
 * the customer's name, as the file itself does): entries go when their file is gone.
 */
export const exportRegisterPath = (databasePath: string) => `${databasePath}.exports.json`

const isRecord = (entry: unknown): entry is ExportRecord => {
  if (typeof entry !== 'object' || entry === null) return false
  const record = entry as ExportRecord
  return typeof record.file === 'string' && KINDS.includes(record.kind) && (record.customer_id === null || typeof record.customer_id === 'string')
}

/** The register; empty when missing or damaged (the exports folder is still searched by name). */
export const readExportRegister = (databasePath: string): ExportRecord[] => readJsonArray(exportRegisterPath(databasePath), isRecord)

/** Adds `written` to the register and drops `forgotten` and every entry whose file no longer exists. */
export function updateExportRegister(databasePath: string, change: { written?: readonly ExportRecord[]; forgotten?: readonly string[] }): void {
  const forgotten = new Set(change.forgotten ?? [])
  const byFile = new Map<string, ExportRecord>()
  for (const entry of [...readExportRegister(databasePath), ...(change.written ?? [])]) {
    if (!forgotten.has(entry.file) && existsSync(entry.file)) byFile.set(entry.file, entry)
  }
  writeJsonArray(exportRegisterPath(databasePath), [...byFile.values()])
}
