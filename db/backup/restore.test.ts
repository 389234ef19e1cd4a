import { readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshStore } from '../../test/helpers/store'
import { sha256, tempDir } from '../../test/helpers/temp'
import { BulkWorkerError } from '../bulk/worker-error'
import { swapInBackup } from './restore'

describe('swapInBackup (the copy into place runs on a worker)', () => {
  it('puts the current database back exactly as it was when the copy fails', async () => {
    const store = await freshStore()
    store.customers.create({ first_name: 'Priya', phone: '9876543210' })
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await store.close()
    const before = sha256(store.path)
    const bogus = join(tempDir(), 'bogus.db')
    writeFileSync(bogus, 'this is not a database, it only has the name of one')
    await expect(swapInBackup({ databasePath: store.path, backupFile: bogus, stamp: 'test' })).rejects.toBeInstanceOf(BulkWorkerError)
    expect(sha256(store.path)).toBe(before)
    expect(readdirSync(dirname(store.path)).filter((name) => name.includes('before-restore'))).toEqual([])
  })

  it('copies a backup into place and keeps the replaced database aside', async () => {
    const store = await freshStore()
    store.customers.create({ first_name: 'Priya', phone: '9876543210' })
    const backup = join(tempDir(), 'backup.db')
    await store.db.sqlite.backup(backup)
    store.customers.create({ first_name: 'Ravi', phone: '9876543211' })
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await store.close()
    const replaced = sha256(store.path)
    const keptAside = await swapInBackup({ databasePath: store.path, backupFile: backup, stamp: 'test' })
    expect(keptAside && sha256(keptAside)).toBe(replaced)
    const Database = (await import('better-sqlite3')).default
    const restored = new Database(store.path, { readonly: true })
    expect(restored.prepare('SELECT first_name FROM customers').pluck().all()).toEqual(['Priya'])
    restored.close()
  })
})
