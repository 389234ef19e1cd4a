import { readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshStore } from '../../test/helpers/store'
import { sha256, tempDir } from '../../test/helpers/temp'
import { BulkWorkerError } from '../bulk/worker-error'
import { listBackups, pruneBackups, runVerifiedBackup } from './backup'
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

describe('pruneBackups (only what Parlour made)', () => {
  it('never deletes a file a planted manifest names, nor a backup whose size is not the one recorded', async () => {
    const store = await freshStore()
    const folder = tempDir()
    const made: string[] = []
    for (let day = 1; day <= 3; day++) {
      const manifest = await runVerifiedBackup({ source: store.db.sqlite, folder, createFolder: true, now: new Date(`2026-11-0${day}T10:00:00Z`), timeZone: 'Asia/Kolkata', reason: 'daily', sealKey: store.vault.backupSealKey })
      made.push(manifest.file)
    }
    // Someone's files in a shared backup folder, and manifests naming them as old verified backups.
    writeFileSync(join(folder, 'accounts.xlsx'), 'the accountant’s sheet')
    const plant = (name: string, file: string, size: number) =>
      writeFileSync(join(folder, name), JSON.stringify({ file, created_at: '2020-01-01T00:00:00Z', size_bytes: size, verified: true, reason: 'daily', schema: 'x', customers: 0, bills: 0, has_recovery_key: false }))
    plant('parlour-planted.json', 'accounts.xlsx', 22)
    plant('parlour-other.json', join(folder, 'parlour-20261101-153000.db'), 0) // names another backup than its own
    writeFileSync(join(folder, 'parlour-20200101-000000.db'), 'not a backup at all')
    plant('parlour-20200101-000000.json', 'parlour-20200101-000000.db', 999) // a size Parlour never wrote
    expect(listBackups(folder).map((backup) => basename(backup.file))).toEqual(made.map((file) => basename(file)).reverse())

    const removed = pruneBackups(folder, 1)
    expect(removed.map((file) => basename(file))).toEqual([basename(made[1]!), basename(made[0]!)])
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(['accounts.xlsx', 'parlour-20200101-000000.db', basename(made[2]!)]))
    await store.close()
  })
})
