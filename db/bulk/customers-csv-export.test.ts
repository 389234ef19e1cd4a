import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { seedCustomers } from '../../bench/generate'
import { testSeed } from '../../test/helpers/seed'
import { freshStore } from '../../test/helpers/store'
import { randomKey, tempDir } from '../../test/helpers/temp'
import { unguardCell } from '../csv'
import { CSV_COLUMNS, writeCustomersCsv } from '../customers/customers-csv'
import { exportCustomersCsv } from './customers-csv-export'
import { BulkWorkerError, isFileSystemError } from './worker-error'

const seed = testSeed('db/bulk/customers-csv-export.test.ts')

const TRICKY = [
  { first_name: 'Anita, Jr.', last_name: 'O"Brien', phone: '9000000601', notes: 'line one\nline two' },
  { first_name: '=HYPERLINK("http://evil")', last_name: '+Sharma', phone: '9000000602', notes: '-5 cheaper', email: 'at@example.in' },
  { first_name: 'सुनीता', last_name: 'देवी', phone: '9000000604', date_of_birth: '1980-01-31' },
]

/** A store with seeded customers (random seed), a few tricky ones, one deleted and one whose email no longer opens. */
async function salon(count: number) {
  const store = await freshStore()
  store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
  seedCustomers(store, { count, seed, billsPerCustomer: 1 })
  const tricky = TRICKY.map((person) => store.customers.create(person))
  const gone = store.customers.create({ first_name: 'Deleted', phone: '9000000605' })
  store.customers.softDelete(gone.id)
  // A ciphertext copied onto another row fails its integrity check there: the export leaves it empty.
  const [victim, donor] = store.db.sqlite.prepare(`SELECT id, email FROM customers WHERE email IS NOT NULL AND deleted_at IS NULL LIMIT 2`).all() as { id: string; email: Uint8Array }[]
  if (!victim || !donor) throw new Error('The seed gave fewer than two customers with an email.')
  store.db.sqlite.prepare(`UPDATE customers SET email = ? WHERE id = ?`).run(donor.email, victim.id)
  const live = store.db.sqlite.prepare(`SELECT count(*) FROM customers WHERE deleted_at IS NULL`).pluck().get() as number
  return { store, tricky, victim: victim.id, deleted: gone.id, live }
}

describe('the CSV export on a worker thread', () => {
  it('writes the same file, byte for byte, as the writer on the main thread, and leaves the caller’s key alone', async () => {
    const { store, tricky, victim, deleted, live } = await salon(300)
    const folder = tempDir()
    const onMain = join(folder, 'main.csv')
    expect(writeCustomersCsv({ db: store.db.sqlite, decoder: store.customerDecoder, timeZone: store.timeZone() }, onMain)).toBe(live)
    const key = Uint8Array.from(store.key)
    const fromWorker = join(folder, 'worker.csv')
    expect(await exportCustomersCsv({ databasePath: store.path, dataKey: key, timeZone: store.timeZone(), file: fromWorker })).toBe(live)
    expect(key).toEqual(store.key) // the worker got (and wiped) a copy
    expect(readFileSync(fromWorker)).toEqual(readFileSync(onMain))

    const text = readFileSync(fromWorker, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/) // no raw formula starts a cell
    const records = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[]
    expect(Object.keys(records[0] ?? {})).toEqual([...CSV_COLUMNS])
    expect(records).toHaveLength(live)
    const ids = store.db.sqlite.prepare(`SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY created_at, id`).pluck().all() as string[]
    expect(records.map((record) => record.id)).toEqual(ids)
    expect(records.some((record) => record.id === deleted)).toBe(false)
    for (const person of tricky) {
      const row = records.find((record) => record.id === person.id)
      expect(unguardCell(row?.first_name ?? '')).toBe(person.first_name)
      expect(unguardCell(row?.last_name ?? '')).toBe(person.last_name)
      expect(unguardCell(row?.phone ?? '')).toBe(person.phone) // E.164 starts with +: guarded like a formula
      expect(row?.email).toBe(person.email ?? '')
      expect(row?.date_of_birth).toBe(person.date_of_birth ?? '')
      expect(unguardCell(row?.notes ?? '')).toBe(person.notes ?? '')
    }
    const tampered = records.find((record) => record.id === victim)
    expect(tampered?.email).toBe('')
    expect(unguardCell(tampered?.phone ?? '')).toMatch(/^\+91\d{10}$/) // the rest of the row still opens
    await store.close()
  })

  it('refuses a key that is not the database’s instead of exporting every phone empty', async () => {
    const { store } = await salon(20)
    const folder = tempDir()
    const error = await exportCustomersCsv({ databasePath: store.path, dataKey: randomKey(), timeZone: 'Asia/Kolkata', file: join(folder, 'c.csv') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BulkWorkerError)
    expect(error).toMatchObject({ name: 'WrongKeyError' })
    expect(isFileSystemError(error)).toBe(false)
    expect(readdirSync(folder)).toEqual([]) // nothing written, not even a partial file
    await store.close()
  })

  it('reports a file it cannot write with the file system’s code, and leaves no partial file', async () => {
    const { store } = await salon(20)
    const folder = tempDir()
    mkdirSync(join(folder, 'taken.csv')) // a folder where the file should go: the rename fails
    const error = await exportCustomersCsv({ databasePath: store.path, dataKey: store.key, timeZone: 'Asia/Kolkata', file: join(folder, 'taken.csv') }).catch((e: unknown) => e)
    expect(isFileSystemError(error)).toBe(true)
    expect(error).toMatchObject({ code: expect.stringMatching(/^E(ISDIR|NOTEMPTY|EXIST|PERM)$/) })
    expect(existsSync(join(folder, 'taken.csv.partial'))).toBe(false)
    await store.close()
  })
})
