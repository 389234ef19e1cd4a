import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { eraseCsvRowsInWorker } from '../../../db/bulk/erase-csv-rows'
import { pageMarkerFor } from './customer-page'
import { customerExportName, CUSTOMERS_CSV_NAME } from './export-names'
import { readExportRegister, updateExportRegister, type ExportRecord } from './export-register'

/** A file Parlour wrote that may still hold the erased customer, and why Parlour left it: the owner deals with it. */
export type ExportLeft = { file: string; reason: string }

export type ExportsErasure = {
  /** Files cleaned: the customer's own exports deleted, and customers CSVs their rows were taken out of. */
  cleaned: number
  left: ExportLeft[]
}

const codeOf = (error: unknown) => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error')

/** Is `file` the JSON export of this customer (what customers.export writes)? */
function isCustomerJson(file: string, customerId: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { customer?: { id?: unknown }; bills?: unknown; visits?: unknown }
    return data.customer?.id === customerId && Array.isArray(data.bills) && Array.isArray(data.visits)
  } catch {
    return false
  }
}

/** Is `file` the readable page of this customer: its marker, or (pages written before the marker) its JSON beside it? */
function isCustomerPage(file: string, customerId: string): boolean {
  try {
    if (readFileSync(file, 'utf8').includes(pageMarkerFor(customerId))) return true
  } catch {
    return false
  }
  const json = file.replace(/\.html$/, '.json')
  return json !== file && existsSync(json) && isCustomerJson(json, customerId)
}

const isCustomersExport = (file: string, customerId: string) => (file.endsWith('.html') ? isCustomerPage(file, customerId) : isCustomerJson(file, customerId))

/**
 * Erases a customer from the export files Parlour wrote (DPDP: erase what the app made and can
 * find): their own JSON and page are deleted, and their rows are taken out of every customers
 * CSV (on a worker thread: each file is read through). Parlour's files are found in its
 * register of exports (wherever the owner saved them) and, for exports the register never saw,
 * by their names in the default exports folder; a file is touched only when its content shows
 * it is Parlour's (the customer's id in the JSON, the page's marker, the CSV's exact header). A
 * registered file that no longer looks like Parlour's, or that cannot be changed (open in a
 * spreadsheet, read-only), is left and reported. Never throws for a file: the erasure in the
 * database has already happened.
 */
export async function eraseFromExports(options: { databasePath: string; exportsFolder: string; customerId: string }): Promise<ExportsErasure> {
  const { databasePath, customerId } = options
  const register = readExportRegister(databasePath)
  const registered = new Set(register.map((entry) => resolve(entry.file)))
  const inFolder = namesIn(options.exportsFolder)
  /** The registered files, and those of the exports folder with a name Parlour gives: each once. */
  const candidates = (fromRegister: ExportRecord[], named: RegExp) => [
    ...new Set([...fromRegister.map((entry) => resolve(entry.file)), ...inFolder.filter((name) => named.test(name)).map((name) => resolve(join(options.exportsFolder, name)))]),
  ]
  const left: ExportLeft[] = []
  const gone: string[] = []
  let cleaned = 0

  // Their own export, JSON and page: all checked before any is deleted (a page is known by its JSON).
  const own = candidates(
    register.filter((entry) => entry.kind !== 'customers-csv' && entry.customer_id === customerId),
    customerExportName(customerId),
  ).filter((file) => existsSync(file))
  const confirmed = own.filter((file) => isCustomersExport(file, customerId))
  for (const file of own) {
    if (!confirmed.includes(file) && registered.has(file)) left.push({ file, reason: 'It was changed after Parlour wrote it: check it and delete it yourself.' })
  }
  for (const file of confirmed) {
    try {
      rmSync(file)
      gone.push(file)
      cleaned++
    } catch (error) {
      left.push({ file, reason: `Parlour could not delete it (${codeOf(error)}): close it wherever it is open, then delete it yourself.` })
    }
  }

  // Every customers CSV: their rows out, the rest byte for byte as it was.
  const csvs = candidates(
    register.filter((entry) => entry.kind === 'customers-csv'),
    CUSTOMERS_CSV_NAME,
  ).filter((file) => existsSync(file))
  for (const outcome of await eraseCsvRowsInWorker(csvs, customerId)) {
    if (outcome.outcome === 'rows-removed') cleaned++
    else if (outcome.outcome === 'failed') left.push({ file: outcome.file, reason: `Parlour could not take their row out (${outcome.code}): close the file wherever it is open, then delete their row (or the file) yourself.` })
    else if (outcome.outcome === 'not-parlour' && registered.has(outcome.file)) left.push({ file: outcome.file, reason: 'It was changed after Parlour wrote it and may still hold them: check it yourself.' })
  }

  try {
    updateExportRegister(databasePath, { forgotten: gone })
  } catch {
    // The register could not be rewritten (disk full): it drops files that are gone the next time it can.
  }
  return { cleaned, left }
}

/** The names in a folder, none when it is missing or cannot be read (its files are then found through the register only). */
function namesIn(folder: string): string[] {
  try {
    return existsSync(folder) ? readdirSync(folder) : []
  } catch {
    return []
  }
}
