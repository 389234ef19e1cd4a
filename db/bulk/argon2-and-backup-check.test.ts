import { closeSync, copyFileSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrationNames } from '../../migrations'
import { seedCustomers } from '../../bench/generate'
import { freshStore } from '../../test/helpers/store'
import { randomKey, tempDir } from '../../test/helpers/temp'
import { runVerifiedBackup } from '../backup/backup'
import { verifyBackupFile, verifySealedBackup } from '../backup/backup-check'
import { sealBackupFile, SEAL_PROBLEMS } from '../backup/backup-seal'
import { loadSodium } from '../vault/sodium'
import { argon2 } from './argon2'
import { copyAndVerifyInWorker } from './backup-copy'
import { backupCopyJob } from './jobs/backup-copy.job'
import { verifyBackupInWorker } from './backup-verification'

/** Main-thread turns (macrotasks) that ran before `work` settled: 0 if it held the thread until done. */
async function turnsWhile(work: Promise<unknown>): Promise<number> {
  let settled = false
  void work.finally(() => (settled = true)).catch(() => undefined)
  let turns = 0
  while (!settled) {
    await new Promise((resolve) => setImmediate(resolve))
    turns++
  }
  await work
  return turns
}

describe('argon2id on the worker', () => {
  const cost = { opsLimit: 1, memLimit: 8192 }

  it('gives the same keys and interchangeable hashes as libsodium on the main thread, so existing wraps and PINs still open', async () => {
    const sodium = await loadSodium()
    const salt = new Uint8Array(16).map((_, i) => i * 7)
    const derived = await argon2.deriveKey('monsoon jasmine kettle 42', salt, cost)
    expect(derived).toEqual(sodium.crypto_pwhash(32, 'monsoon jasmine kettle 42', salt, cost.opsLimit, cost.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13))
    const fromWorker = await argon2.hash('peppered pin', cost)
    expect(sodium.crypto_pwhash_str_verify(fromWorker, 'peppered pin')).toBe(true)
    const fromMain = sodium.crypto_pwhash_str('peppered pin', cost.opsLimit, cost.memLimit)
    expect(await argon2.verify(fromMain, 'peppered pin')).toBe(true)
    expect(await argon2.verify(fromMain, 'another pin')).toBe(false)
    expect(await argon2.verify('$argon2id$garbage', 'peppered pin')).toBe(false)
  })

  it('lets the main thread turn while it works', async () => {
    expect(await turnsWhile(argon2.deriveKey('a passphrase of some length', new Uint8Array(16), { opsLimit: 2, memLimit: 32 * 1024 * 1024 }))).toBeGreaterThan(0)
  })
})

describe('backup verification on the worker', () => {
  it('reports what the check on the main thread reports, for a good copy and a damaged one, and lets the main thread turn meanwhile', async () => {
    const store = await freshStore()
    store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
    seedCustomers(store, { count: 400, seed: 11, billsPerCustomer: 2 })
    const copy = join(tempDir(), 'copy.db')
    await store.db.sqlite.backup(copy)
    await store.close()

    const sealKey = randomKey()
    sealBackupFile(copy, sealKey, null, '2026-11-24T05:00:00.000Z')
    const good = verifyBackupInWorker(copy, sealKey)
    expect(await turnsWhile(good)).toBeGreaterThan(0)
    expect(await good).toEqual(verifySealedBackup(copy, sealKey, migrationNames))
    expect(await good).toMatchObject({ ok: true, problems: [], customers: 400 })

    const damaged = join(tempDir(), 'damaged.db')
    copyFileSync(copy, damaged)
    const size = statSync(damaged).size
    const fd = openSync(damaged, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const report = await verifyBackupInWorker(damaged, sealKey)
    expect(report).toMatchObject({ ok: false, problems: [SEAL_PROBLEMS.changed] }) // the seal fails before SQLite reads a page
    expect(report).toEqual(verifySealedBackup(damaged, sealKey, migrationNames))
    // The file check itself still finds the damage (a seal could be made over a damaged copy only by the key's holder).
    expect(verifyBackupFile(damaged, migrationNames).problems.length).toBeGreaterThan(0)
    expect(await verifyBackupInWorker(copy, randomKey())).toMatchObject({ ok: false, problems: [SEAL_PROBLEMS.changed] }) // another key

    expect(await verifyBackupInWorker(join(tempDir(), 'missing.db'), sealKey)).toMatchObject({ ok: false, problems: ['The backup file is missing.'] })
  })
})

describe('a verified backup (runVerifiedBackup)', () => {
  it('copies and checks on the worker: never through the main connection, and the main thread turns meanwhile', async () => {
    const store = await freshStore()
    store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
    seedCustomers(store, { count: 400, seed: 12, billsPerCustomer: 2 })
    const source = store.db.sqlite
    source.backup = () => Promise.reject(new Error('the copy must not run on the main connection'))
    const backup = runVerifiedBackup({ source, folder: tempDir(), createFolder: false, now: new Date('2026-11-24T05:00:00Z'), timeZone: 'Asia/Kolkata', reason: 'manual', sealKey: store.vault.backupSealKey })
    expect(await turnsWhile(backup)).toBeGreaterThan(0)
    expect(await backup).toMatchObject({ verified: true, customers: 400 })
    await store.close()
  })

  it('the copy is one point in time while the main connection commits between its steps (no restart, no later rows)', async () => {
    const store = await freshStore()
    store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
    seedCustomers(store, { count: 400, seed: 13, billsPerCustomer: 2 })
    const before = store.db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get() as number
    const copy = join(tempDir(), 'copy.db')
    let committed = 0
    // The job itself, here on this thread, so the counter's commits land between its steps for sure.
    const seal = { sealKey: store.vault.backupSealKey, sealedAt: '2026-11-24T05:00:00.000Z' }
    const report = await backupCopyJob({ source: store.path, destination: copy, knownMigrations: migrationNames, ...seal, pagesPerStep: 8 }, () => {
      if (committed < 20) store.customers.create({ first_name: 'During', phone: `98000${String(committed++).padStart(5, '0')}` })
    })
    expect(committed).toBe(20)
    expect(report).toMatchObject({ ok: true, customers: before })
    expect(store.db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(before + committed)
    // And through the worker, reporting progress.
    const fractions: number[] = []
    const sealed = await copyAndVerifyInWorker(store.path, join(tempDir(), 'copy.db'), { key: seal.sealKey, at: seal.sealedAt }, (fraction) => fractions.push(fraction), 8)
    expect(sealed).toMatchObject({ ok: true, customers: before + committed, seal: { mac: expect.stringMatching(/^[0-9a-f]{64}$/) } })
    expect(fractions.length).toBeGreaterThan(1)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    await store.close()
  })
})
