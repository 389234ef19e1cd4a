import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

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

export function readExportRegister(databasePath: string): ExportRecord[] {
  const file = exportRegisterPath(databasePath)
  if (!existsSync(file)) return []
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (entry): entry is ExportRecord =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as ExportRecord).file === 'string' &&
        KINDS.includes((entry as ExportRecord).kind) &&
        ((entry as ExportRecord).customer_id === null || typeof (entry as ExportRecord).customer_id === 'string'),
    )
  } catch {
    return [] // a damaged register: the exports folder is still searched by name
  }
}

/** Adds `written` to the register and drops `forgotten` and every entry whose file no longer exists. */
export function updateExportRegister(databasePath: string, change: { written?: readonly ExportRecord[]; forgotten?: readonly string[] }): void {
  const forgotten = new Set(change.forgotten ?? [])
  const byFile = new Map<string, ExportRecord>()
  for (const entry of [...readExportRegister(databasePath), ...(change.written ?? [])]) {
    if (!forgotten.has(entry.file) && existsSync(entry.file)) byFile.set(entry.file, entry)
  }
  const file = exportRegisterPath(databasePath)
  writeFileSync(`${file}.tmp`, `${JSON.stringify([...byFile.values()], null, 1)}\n`)
  renameSync(`${file}.tmp`, file)
}
