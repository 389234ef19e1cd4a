import { closeSync, copyFileSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrationNames } from '../../migrations'
import { seedCustomers } from '../../bench/generate'
import { freshStore } from '../../test/helpers/store'
import { tempDir } from '../../test/helpers/temp'
import { runVerifiedBackup } from '../backup/backup'
import { verifyBackupFile } from '../backup/backup-check'
import { loadSodium } from '../vault/sodium'
import { argon2 } from './argon2'
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

    const good = verifyBackupInWorker(copy)
    expect(await turnsWhile(good)).toBeGreaterThan(0)
    expect(await good).toEqual(verifyBackupFile(copy, migrationNames))
    expect(await good).toMatchObject({ ok: true, problems: [], customers: 400 })

    const damaged = join(tempDir(), 'damaged.db')
    copyFileSync(copy, damaged)
    const size = statSync(damaged).size
    const fd = openSync(damaged, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const report = await verifyBackupInWorker(damaged)
    expect(report.ok).toBe(false)
    expect(report.problems.length).toBeGreaterThan(0)
    expect(report).toEqual(verifyBackupFile(damaged, migrationNames))

    expect(await verifyBackupInWorker(join(tempDir(), 'missing.db'))).toMatchObject({ ok: false, problems: ['The backup file is missing.'] })
  })
})

describe('a verified backup (runVerifiedBackup)', () => {
  it('checks its copy on the worker: the main thread keeps turning between the copy being complete and the backup being done', async () => {
    const store = await freshStore()
    store.users.create({ name: 'Owner', role: 'owner', pin_hash: '$argon2id$not used here' })
    seedCustomers(store, { count: 400, seed: 12, billsPerCustomer: 2 })
    // Note when SQLite's online copy has finished (the real one, watched, not replaced).
    const source = store.db.sqlite
    const copy = source.backup.bind(source)
    let copied = false
    source.backup = (file, options) => copy(file, options).finally(() => (copied = true))
    const backup = runVerifiedBackup({ source, folder: tempDir(), createFolder: false, now: new Date('2026-11-24T05:00:00Z'), timeZone: 'Asia/Kolkata', reason: 'manual' })
    let settled = false
    void backup.finally(() => (settled = true)).catch(() => undefined)
    // A check that held the thread would run, and the backup settle, with no turn in between.
    let turnsWhileChecking = 0
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve))
      if (copied && !settled) turnsWhileChecking++
    }
    expect(copied).toBe(true)
    expect(turnsWhileChecking).toBeGreaterThan(0)
    expect(await backup).toMatchObject({ verified: true, customers: 400 })
    await store.close()
  })
})
