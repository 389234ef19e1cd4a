import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { NOT_THE_PASSPHRASE, OWNER_PASSPHRASE_NEEDED } from './owner-proof'
import { seedCustomers } from '../../../bench/generate'
import { checkIntegrityInBackground, type IntegrityReport } from '../../../db/sqlite/background-check'
import { PINS, must } from '../../../test/helpers/core'
import { sha256, tempDir } from '../../../test/helpers/temp'
import type { Connection } from '..'
import { createStandInSafeStorage } from '../../testing/stand-in-safe-storage'
import { launchDesk, type Gate, type Os } from '../../../test/helpers/desk'

/**
 * The data gate with a real core, real SQLite files and the stand-in safeStorage: restores that
 * change the data key, the recovery screen for a damaged database, and the background check of
 * large files.
 */

const PASSPHRASE = 'monsoon jasmine kettle 42'
const OTHER_PASSPHRASE = 'a different salon passphrase'

const launch = (dir: string, os: Os, extra: Parameters<typeof launchDesk>[2] = {}) => launchDesk(dir, os, extra)

function coreOf(gate: Gate) {
  const core = gate.core()
  if (!core) throw new Error('the core is not open')
  return core
}

/** A salon with its owner, a recovery passphrase and one customer (Priya). */
async function salon(gate: Gate, passphrase = PASSPHRASE) {
  const owner = coreOf(gate).connect()
  await must(owner, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
  await must(owner, 'security.setRecoveryPassphrase', { passphrase })
  const priya = await must(owner, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' })
  return { owner, priya }
}

async function loggedIn(gate: Gate): Promise<Connection> {
  const desk = coreOf(gate).connect()
  const { users } = await must(desk, 'session.state', {})
  await must(desk, 'session.login', { user_id: users.find((user) => user.name === 'Asha')!.id, pin: PINS.owner })
  return desk
}

const search = async (gate: Gate, query: string) => (await must(await loggedIn(gate), 'customers.search', { query })).map((c) => c.full_name)

/** Overwrites pages in the middle of a closed database, as a failing disk would (see the core's corruption test). */
function damage(path: string): string {
  const size = statSync(path).size
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
  closeSync(fd)
  return sha256(path)
}

/**
 * Damages pages of the customers table only (the middle of its pages): nothing a start reads (the
 * settings, the users, the audit log the counters are re-derived from), so only a full check finds
 * it. The middle of the file alone would land on whatever table happens to be there.
 */
function damageCustomerPages(path: string, pages: readonly number[], pageSize: number): void {
  const fd = openSync(path, 'r+')
  for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0x42), 0, pageSize, (page - 1) * pageSize)
  closeSync(fd)
}

const keptAside = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('parlour.db.before-restore-') && !/-(wal|shm)$/.test(name))

describe('a restore that brings another data key (a backup from another PC)', () => {
  async function backupFromAnotherPc(passphrase = PASSPHRASE) {
    const dir = tempDir()
    const shop = launch(dir, createStandInSafeStorage())
    await shop.gate.start()
    const { owner, priya } = await salon(shop.gate, passphrase)
    const backup = await must(owner, 'backup.run', {})
    await shop.gate.close()
    return { file: backup.file, priya }
  }

  it('strong key store: the new key replaces the stored one (the old key file kept aside) and the next start opens the data with it', async () => {
    const { file, priya } = await backupFromAnotherPc()
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const here = launch(dir, os)
    expect(await here.gate.start()).toEqual({ state: 'ready' }) // a new PC: a new key (B)
    const keyB = await here.keyStore.load()
    const fresh = coreOf(here.gate).connect()
    expect(await fresh.invoke('app.restoreBackup', { file, passphrase: 'not the passphrase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(readdirSync(dir).filter((name) => name.startsWith('data-key.'))).toEqual(['data-key.json'])
    expect(await must(fresh, 'app.restoreBackup', { file, passphrase: PASSPHRASE })).toEqual({ state: 'ready' })

    // The key file now holds key A; key B's file is kept aside, not deleted.
    const replaced = readdirSync(dir).filter((name) => name.startsWith('data-key.replaced-'))
    expect(replaced).toHaveLength(1)
    const keyA = await here.keyStore.load()
    expect(keyA.found).toBe('key')
    expect(keyA).not.toEqual(keyB)
    await here.gate.close()

    const next = launch(dir, os)
    expect(await next.gate.start()).toEqual({ state: 'ready' })
    expect(await search(next.gate, 'Priya')).toEqual(['Priya Sharma'])
    expect((await must(await loggedIn(next.gate), 'customers.get', { id: priya.id })).phone).toBe('+919876543210') // the vault opens with key A
    await next.gate.close()
  })

  it('passphrase mode (Linux basic_text): nothing is stored anywhere; the restored data carries its own wrap, so its recovery passphrase opens it next time', async () => {
    const { file } = await backupFromAnotherPc()
    const dir = tempDir()
    const os = createStandInSafeStorage({ backend: 'basic_text' })
    const here = launch(dir, os)
    await here.gate.start()
    expect(await here.gate.createPassphrase(OTHER_PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await must(coreOf(here.gate).connect(), 'app.restoreBackup', { file, passphrase: PASSPHRASE })).toEqual({ state: 'ready' })
    expect(here.logger.warnings.join('\n')).toMatch(/recovery passphrase opens it at the next start/)
    await here.gate.close()
    expect(readdirSync(dir).filter((name) => name.startsWith('data-key'))).toEqual([])
    expect(os.calls.encrypt).toBe(0)

    const next = launch(dir, os)
    expect(await next.gate.start()).toMatchObject({ state: 'passphrase-required', reason: 'weak-key-store' })
    // The passphrase set on this PC belonged to the data that was replaced.
    expect(await next.gate.unlock(OTHER_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await next.gate.unlock(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await search(next.gate, 'Priya')).toEqual(['Priya Sharma'])
    await next.gate.close()
  })
})

describe('the recovery screen: a damaged database', () => {
  /** A salon with a verified backup, a customer erased after it, then pages of the file destroyed. */
  async function damagedSalon() {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const shop = launch(dir, os)
    await shop.gate.start()
    const { owner } = await salon(shop.gate)
    const meher = await must(owner, 'customers.create', { first_name: 'Meher', last_name: 'Quaxley', phone: '9812345671' })
    seedCustomers(coreOf(shop.gate).store, { count: 400, seed: 3 })
    const backup = await must(owner, 'backup.run', {})
    const listed = await must(owner, 'backup.list', {})
    await must(owner, 'customers.erase', { id: meher.id, confirm: 'ERASE', basis: 'Customer asked in writing' })
    coreOf(shop.gate).store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await shop.gate.close()
    const damaged = damage(shop.databasePath)
    return { dir, os, backup, listed, damaged, databasePath: shop.databasePath }
  }

  it('damaged → database-problem; the backups are listed as the core lists them; a restore keeps the damaged file byte for byte and opens the data, erasures replayed', async () => {
    const { dir, os, backup, listed, damaged, databasePath } = await damagedSalon()
    const here = launch(dir, os)
    expect(await here.gate.start()).toMatchObject({ state: 'database-problem', reason: 'corrupt' })
    expect(here.gate.core()).toBeNull()
    expect(await here.gate.inRecovery()).toBe(true)
    expect(await here.gate.recoveryOptions()).toEqual({ backups: listed })
    expect(listed[0]).toMatchObject({ file: backup.file, verified: true, created_at: expect.stringMatching(/\+05:30$/) })

    // A file that is not a backup changes nothing.
    expect(await here.gate.restoreBackup(databasePath, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: expect.any(String) } } })
    expect(await here.gate.restoreBackup(join(dir, 'missing.db'), PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    // Nobody is logged in here: only the owner's recovery passphrase stands in for the owner.
    expect(await here.gate.restoreBackup(backup.file, undefined)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: OWNER_PASSPHRASE_NEEDED } } })
    expect(await here.gate.restoreBackup(backup.file, 'a guess at the passphrase')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: NOT_THE_PASSPHRASE } } })
    expect(sha256(databasePath)).toBe(damaged)
    expect(keptAside(dir)).toEqual([])
    expect(await here.gate.status()).toMatchObject({ state: 'database-problem', reason: 'corrupt' })

    expect(await here.gate.restoreBackup(backup.file, PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await here.gate.status()).toEqual({ state: 'ready' })
    expect(await here.gate.inRecovery()).toBe(false)
    const aside = keptAside(dir)
    expect(aside).toHaveLength(1)
    expect(sha256(join(dir, aside[0]!))).toBe(damaged) // kept, byte for byte
    expect(await search(here.gate, 'Priya')).toEqual(['Priya Sharma'])
    expect(coreOf(here.gate).store.db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(402)
    // Meher was erased after the backup was made: opening the restored file erased her again.
    expect(await search(here.gate, 'Quaxley')).toEqual([])
    expect(coreOf(here.gate).store.audit.page({ limit: 5 }).map((row) => row.action)).toContain('backup.restore')
    // The key did not change: the key file was left alone.
    expect(readdirSync(dir).filter((name) => name.startsWith('data-key.'))).toEqual(['data-key.json'])
    await here.gate.close()

    const next = launch(dir, os)
    expect(await next.gate.start()).toEqual({ state: 'ready' })
    await next.gate.close()
  })

  it('a backup made with another key asks for its passphrase, then stores that key for the next start', async () => {
    const { dir, os } = await damagedSalon()
    const elsewhere = tempDir()
    const other = launch(elsewhere, createStandInSafeStorage())
    await other.gate.start()
    const { owner } = await salon(other.gate, OTHER_PASSPHRASE)
    const foreign = await must(owner, 'backup.run', {})
    await other.gate.close()

    const here = launch(dir, os)
    await here.gate.start()
    expect(await here.gate.restoreBackup(foreign.file, undefined)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await here.gate.restoreBackup(foreign.file, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(keptAside(dir)).toEqual([])
    expect(await here.gate.restoreBackup(foreign.file, OTHER_PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(readdirSync(dir).filter((name) => name.startsWith('data-key.replaced-'))).toHaveLength(1)
    await here.gate.close()

    const next = launch(dir, os)
    expect(await next.gate.start()).toEqual({ state: 'ready' })
    expect(await search(next.gate, 'Priya')).toEqual(['Priya Sharma'])
    await next.gate.close()
  })

  it('outside that state the recovery methods do nothing: the owner restores from Admin → Backups', async () => {
    const dir = tempDir()
    const here = launch(dir, createStandInSafeStorage())
    await here.gate.start()
    const { owner } = await salon(here.gate)
    const backup = await must(owner, 'backup.run', {})
    expect(await here.gate.inRecovery()).toBe(false)
    expect(await here.gate.recoveryOptions()).toEqual({ backups: [] })
    expect(await here.gate.restoreBackup(backup.file, undefined)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Admin → Backups/) } })
    expect(keptAside(dir)).toEqual([])
    await here.gate.close()
  })
})

describe('large databases: the integrity check in the background', () => {
  it('a file over the limit opens at once; damage found in the background turns the status to database-problem without closing the core', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    const owner = coreOf(first.gate).connect()
    await must(owner, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
    seedCustomers(coreOf(first.gate).store, { count: 400, seed: 3 })
    const sqlite = coreOf(first.gate).store.db.sqlite
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const customerPages = sqlite.prepare(`SELECT pageno FROM dbstat WHERE name = 'customers' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[]
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number
    await first.gate.close()
    const middle = Math.floor(customerPages.length / 2)
    damageCustomerPages(first.databasePath, customerPages.slice(middle - 2, middle + 2), pageSize)

    // The same damaged file is refused at start when it is small enough to check first...
    const small = launch(dir, os)
    expect(await small.gate.start()).toMatchObject({ state: 'database-problem', reason: 'corrupt' })

    // ...and opened when it is "large", then found damaged by the worker thread.
    const checked: string[] = []
    const large = launch(dir, os, {
      quickCheckMaxBytes: 64 * 1024,
      checkIntegrity: (path) => {
        checked.push(path)
        return checkIntegrityInBackground(path)
      },
    })
    expect(await large.gate.start()).toEqual({ state: 'ready' })
    expect(coreOf(large.gate).store.db.preflight.quickCheck).toBe('skipped')
    const counter = await loggedIn(large.gate)
    await vi.waitFor(async () => expect(await large.gate.status()).toMatchObject({ state: 'database-problem', reason: 'corrupt', message: expect.stringMatching(/restore the newest backup/) }), { timeout: 10_000 })
    expect(checked).toEqual([large.databasePath])
    expect(await large.gate.inRecovery()).toBe(true)
    // The data is not closed under the counter: the logged-in window still works.
    expect(large.gate.core()).not.toBeNull()
    expect(await must(counter, 'session.state', {})).toMatchObject({ setup_required: false })
    expect(large.logger.errors).toContainEqual({ message: 'the background integrity check found the database damaged', detail: { problems: expect.any(Number) } })
    await large.gate.close()
  })

  it('a healthy large file stays ready; a small one is checked before opening and never in the background', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    await salon(first.gate)
    await first.gate.close()

    const check = vi.fn(checkIntegrityInBackground)
    const small = launch(dir, os, { checkIntegrity: check })
    expect(await small.gate.start()).toEqual({ state: 'ready' })
    expect(coreOf(small.gate).store.db.preflight.quickCheck).toBe('ok')
    await small.gate.close()
    expect(check).not.toHaveBeenCalled()

    const large = launch(dir, os, { quickCheckMaxBytes: 0, checkIntegrity: check })
    expect(await large.gate.start()).toEqual({ state: 'ready' })
    await vi.waitFor(() => expect(check).toHaveBeenCalledOnce())
    await expect(check.mock.results[0]!.value).resolves.toEqual({ ok: true })
    expect(await large.gate.status()).toEqual({ state: 'ready' })
    expect(large.logger.errors).toEqual([])
    await large.gate.close()
  })

  it('logs how many problems, never their text; a result that arrives after the core closed is ignored', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    await first.gate.close()
    const problems = { ok: false as const, problems: ['row 7 missing from index customers_first_name — Priya Sharma 9876543210'] }
    const flagged = launch(dir, os, { quickCheckMaxBytes: 0, checkIntegrity: async () => problems })
    await flagged.gate.start()
    await vi.waitFor(async () => expect(await flagged.gate.status()).toMatchObject({ state: 'database-problem', reason: 'corrupt' }))
    expect(JSON.stringify(flagged.logger.errors)).not.toMatch(/Priya|9876543210|row 7/)
    await flagged.gate.close()

    let report: (value: IntegrityReport) => void = () => undefined
    const late = launch(dir, os, { quickCheckMaxBytes: 0, checkIntegrity: () => new Promise((resolve) => (report = resolve)) })
    expect(await late.gate.start()).toEqual({ state: 'ready' })
    await late.gate.close()
    report(problems)
    // The report is handled in promise callbacks: they have all run before the next macrotask.
    await new Promise((resolve) => setImmediate(resolve))
    expect(late.logger.errors).toEqual([])
  })

  it('damage found in the background: the recovery restore closes the serving core, keeps the file aside and opens the backup', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    const { owner } = await salon(first.gate)
    const staff = await must(owner, 'users.create', { name: 'Sarah', role: 'staff', pin: PINS.staff })
    const backup = await must(owner, 'backup.run', {})
    await must(owner, 'customers.create', { first_name: 'After', last_name: 'Backup', phone: '9000000501' })
    await first.gate.close()

    // The first check (of the file as it was) finds damage; the restored file checks out.
    let checks = 0
    const here = launch(dir, os, { quickCheckMaxBytes: 0, checkIntegrity: async () => (++checks === 1 ? { ok: false, problems: ['damaged'] } : { ok: true }) })
    await here.gate.start()
    const serving = coreOf(here.gate).store
    await vi.waitFor(async () => expect(await here.gate.inRecovery()).toBe(true))
    expect(await here.gate.recoveryOptions()).toMatchObject({ backups: [{ file: backup.file }] })
    // The data still serves, so people are logged in: a stylist's window cannot roll the salon back.
    const stylist = coreOf(here.gate).connect()
    await must(stylist, 'session.login', { user_id: staff.id, pin: PINS.staff })
    expect(await stylist.invoke('app.restoreBackup', { file: backup.file })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: OWNER_PASSPHRASE_NEEDED } } })
    expect(await stylist.invoke('app.restoreBackup', { file: backup.file, passphrase: 'stylist guess 1234' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: NOT_THE_PASSPHRASE } } })
    expect(coreOf(here.gate).store).toBe(serving)
    // The owner, logged in, restores without the passphrase; the restore is logged with their name.
    const ownerWindow = await loggedIn(here.gate)
    expect(await must(ownerWindow, 'app.restoreBackup', { file: backup.file })).toEqual({ state: 'ready' })
    const restoredBy = coreOf(here.gate).store.audit.page({ limit: 20 }).find((row) => row.action === 'backup.restore')
    expect(restoredBy?.user_id).toBeTruthy()
    // The damaged database that kept serving is closed; the restored one is open in its place.
    expect(serving.db.sqlite.open).toBe(false)
    expect(coreOf(here.gate).store).not.toBe(serving)
    expect(keptAside(dir)).toHaveLength(1)
    expect(existsSync(join(dir, keptAside(dir)[0]!))).toBe(true)
    expect(await search(here.gate, 'Backup')).toEqual([]) // the restored data is the backup's
    await vi.waitFor(() => expect(checks).toBe(2))
    expect(await here.gate.status()).toEqual({ state: 'ready' })
    await here.gate.close()
    expect(readFileSync(join(dir, keptAside(dir)[0]!)).length).toBeGreaterThan(0)
  })
})
