import type { CsvRowsErasure } from '../customers/csv-rows-erasure'
import { runInWorker } from './run-in-worker'

/**
 * Takes an erased customer's rows out of customers CSVs Parlour wrote, on a worker thread: each
 * file is read through (a million customers is a few hundred MB). Never rejects: a worker that
 * fails reports every file as failed, so the caller can tell the owner which to check.
 */
export async function eraseCsvRowsInWorker(files: readonly string[], customerId: string): Promise<CsvRowsErasure[]> {
  if (files.length === 0) return []
  try {
    return await runInWorker('erase-csv-rows', { files, customerId })
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EWORKER'
    return files.map((file) => ({ file, outcome: 'failed', code }))
  }
}
