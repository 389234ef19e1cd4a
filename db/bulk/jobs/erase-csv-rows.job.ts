import { eraseCsvRows } from '../../customers/csv-rows-erasure'
import type { JobInput, JobOutput } from '../protocol'

/** In the worker: an erased customer's rows out of each customers CSV, one file after another. */
export function eraseCsvRowsJob(input: JobInput<'erase-csv-rows'>): JobOutput<'erase-csv-rows'> {
  return input.files.map((file) => eraseCsvRows(file, input.customerId))
}
