import { runInWorker } from './run-in-worker'

export type CustomersCsvExport = {
  /** The open database; the worker reads it on a read-only connection of its own. */
  databasePath: string
  /** The data key; the worker gets a copy (moved, never logged) to open phones, emails and birthdays. */
  dataKey: Uint8Array
  /** The salon's IANA zone for the dates in the file. */
  timeZone: string
  file: string
}

/**
 * Writes every live customer to `file` as CSV on a worker thread (db/customers/customers-csv.ts
 * there), so the counter keeps answering during an export of a million customers. Resolves with
 * the number of customers written. Rejects with a BulkWorkerError: a file-system code (EACCES,
 * EISDIR, ENOSPC...) when the file could not be written, anything else is a fault.
 */
export async function exportCustomersCsv(options: CustomersCsvExport): Promise<number> {
  const dataKey = Uint8Array.from(options.dataKey)
  const { rows } = await runInWorker('customers-csv', { databasePath: options.databasePath, dataKey, timeZone: options.timeZone, file: options.file }, { transfer: [dataKey.buffer] })
  return rows
}
