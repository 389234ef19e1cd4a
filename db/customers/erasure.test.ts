import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { freshStore } from '../../test/helpers/store'
import { purgeOldBytes } from './erasure'

describe('purgeOldBytes', () => {
  it('does not wait for a reader that holds the WAL (an export on a worker): it reports busy at once and keeps the busy timeout', async () => {
    const store = await freshStore()
    store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
    store.customers.create({ first_name: 'Priya', phone: '9876543210' })
    // A reader mid-transaction on this same thread can never leave while we wait: a checkpoint
    // that waited for it would block for the whole busy timeout.
    store.db.sqlite.pragma('busy_timeout = 20000')
    const reader = new Database(store.path, { readonly: true })
    reader.prepare('BEGIN').run()
    reader.prepare('SELECT count(*) FROM customers').get()
    store.customers.create({ first_name: 'Ravi', phone: '9876543211' }) // a frame the reader does not see
    const started = performance.now()
    expect(purgeOldBytes(store.db)).toBe(false)
    expect(performance.now() - started).toBeLessThan(10_000) // waiting would take 20 s; not waiting takes a millisecond
    expect(store.db.sqlite.pragma('busy_timeout', { simple: true })).toBe(20000)
    reader.prepare('COMMIT').run()
    reader.close()
    expect(purgeOldBytes(store.db)).toBe(true)
    await store.close()
  }, 60_000)
})
