import { createCustomerDecoder } from '../../customers/customer.decoder'
import { writeCustomersCsv } from '../../customers/customers-csv'
import { withReadOnly } from '../../sqlite/readonly'
import { keyCheckOf } from '../../vault/key-check'
import { createVault } from '../../vault/vault'
import type { JobInput, JobOutput } from '../protocol'

/**
 * In the worker: the CSV export on the worker's own read-only connection (one read transaction,
 * so one consistent point in time while the counter keeps writing), with a vault opened from the
 * worker's copy of the data key. The same writer and row decoder as everywhere else.
 */
export async function customersCsvJob(input: JobInput<'customers-csv'>): Promise<JobOutput<'customers-csv'>> {
  const vault = await createVault(input.dataKey)
  input.dataKey.fill(0) // the vault holds the sub-keys it needs; this copy is done with
  return withReadOnly(input.databasePath, (db) => {
    // A key that is not this database's would export every phone and email as empty: refuse.
    if (keyCheckOf(db, vault) !== 'opens') throw Object.assign(new Error('The data key given to the export does not open this database.'), { name: 'WrongKeyError' })
    return { rows: writeCustomersCsv({ db, decoder: createCustomerDecoder(vault), timeZone: input.timeZone }, input.file) }
  })
}
