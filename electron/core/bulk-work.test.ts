import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { seedCustomers } from '../../bench/generate'
import { must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'
import { testSeed } from '../../test/helpers/seed'
import { tempDir } from '../../test/helpers/temp'
import type { Connection } from '.'

/**
 * ARCHITECTURE rule 14 through `invoke`: bulk work (the CSV export, argon2id) runs on a worker
 * thread, so the counter's requests are answered while it runs. Deterministic, not timed: a
 * handler that held the main thread until done would settle before a request sent after it
 * could even start; work on a worker can only answer in a later turn of the event loop.
 */
const seed = testSeed('electron/core/bulk-work.test.ts')

/** The next search arrives a few milliseconds later, as a receptionist's IPC message would (pacing, not waiting for an event). */
const nextRequest = () => new Promise((resolve) => setTimeout(resolve, 5))

/**
 * How many counter searches were answered, each in its own turn, before `work` settled. The
 * test's clock stands still: each search moves it on by a typist's gap, or the core's search
 * pace would take hundreds of searches at one instant for a harvest and pause them.
 */
async function searchesWhile(counter: Connection, work: Promise<unknown>, query: string, clock: { advance(ms: number): void }): Promise<number> {
  let settled = false
  void work.finally(() => (settled = true)).catch(() => undefined)
  let answered = 0
  while (!settled) {
    await nextRequest()
    clock.advance(100)
    await must(counter, 'customers.search', { query })
    if (!settled) answered++
  }
  return answered
}

describe('the CSV export runs off the main thread', () => {
  it('the counter’s search is answered first and keeps being answered until the export ends; the file has every customer', async () => {
    const { core, clock } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const count = 3000
    seedCustomers(core.store, { count, seed, billsPerCustomer: 1 })
    const name = (core.store.db.sqlite.prepare(`SELECT first_name FROM customers LIMIT 1`).pluck().get() as string).slice(0, 3)
    const file = join(tempDir(), 'customers.csv')

    const exporting = owner.invoke('customers.exportCsv', { file })
    const first = await Promise.race([exporting.then(() => 'export'), must(receptionist, 'customers.search', { query: name }).then(() => 'search')])
    expect(first).toBe('search')
    expect(await searchesWhile(receptionist, exporting, name, clock)).toBeGreaterThan(0)
    expect(await exporting).toEqual({ ok: true, value: { file, rows: count } })
    const records = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    expect(new Set(records.map((record) => record.id)).size).toBe(count)
    await core.close()
  })

  it('a file it cannot write is the same VALIDATION error as before, naming the file system’s reason, and leaves nothing behind', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    await must(owner, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const folder = tempDir()
    mkdirSync(join(folder, 'customers.csv')) // a folder already has the file's name
    expect(await owner.invoke('customers.exportCsv', { file: join(folder, 'customers.csv') })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'The export could not be written there.', fields: { file: 'Parlour could not write this file (EISDIR). Choose another place.' } },
    })
    expect(readdirSync(folder)).toEqual(['customers.csv'])
    expect(await owner.invoke('customers.exportCsv', { file: join(folder, 'missing', 'customers.csv') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })

  it('a key that does not open the database in the worker is INTERNAL, logged without PII, and writes no file', async () => {
    const { core, logger } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    await must(owner, 'customers.create', { first_name: 'Priya', phone: '9876543210', email: 'priya@example.in' })
    // The worker proves its key against the vault's key check: make that check refuse.
    core.store.db.sqlite.prepare(`UPDATE vault_meta SET key_check = ?`).run(randomBytes(80))
    const file = join(tempDir(), 'customers.csv')
    expect(await owner.invoke('customers.exportCsv', { file })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(existsSync(file)).toBe(false)
    expect(logger.errors).toMatchObject([{ message: 'unexpected error in core', detail: { method: 'customers.exportCsv', name: 'WrongKeyError' } }])
    expect(JSON.stringify(logger.errors)).not.toMatch(/9876543210|priya@/i)
    await core.close()
  })
})

describe('argon2id runs off the main thread', () => {
  it('a login and setting the recovery passphrase let the counter answer first', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist, ids } = await salonWithUsers(core)
    await must(owner, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const window = core.connect()
    const login = window.invoke('session.login', { user_id: ids.owner, pin: PINS.owner })
    expect(await Promise.race([login.then(() => 'login'), must(receptionist, 'customers.search', { query: 'Pri' }).then(() => 'search')])).toBe('search')
    expect(await login).toMatchObject({ ok: true })
    const setting = owner.invoke('security.setRecoveryPassphrase', { passphrase: 'monsoon jasmine kettle 42' })
    expect(await Promise.race([setting.then(() => 'passphrase'), must(receptionist, 'customers.search', { query: 'Pri' }).then(() => 'search')])).toBe('search')
    expect(await setting).toMatchObject({ ok: true, value: { passphrase_set: true } })
    await core.close()
  })

  it('wrong PINs sent all at once are checked one after another: the lockout counts every one and stops the rest', async () => {
    const { core } = await openTestCore()
    const { ids } = await salonWithUsers(core)
    const window = core.connect()
    const attempts = await Promise.all(Array.from({ length: 12 }, (_, i) => window.invoke('session.login', { user_id: ids.receptionist, pin: `99${String(i).padStart(4, '0')}` })))
    const codes = attempts.map((result) => (result.ok ? 'ok' : result.error.code))
    // 4 free wrong PINs, the 5th starts a wait, and the 7 sent meanwhile are refused unchecked.
    expect(codes).toEqual([...Array(4).fill('UNAUTHENTICATED'), ...Array(8).fill('LOCKED_OUT')])
    expect(core.store.users.lockout(ids.receptionist).failed_attempts).toBe(5)
    expect(await window.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } })
    await core.close()
  })

  it('a user whose role changes while their PIN is being checked is not logged in with the old role', async () => {
    const { core } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    const window = core.connect()
    const login = window.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    // The login is now waiting for the worker (a later turn); the owner's change lands before it answers.
    for (let i = 0; i < 10; i++) await Promise.resolve()
    await must(owner, 'users.update', { id: ids.receptionist, role: 'staff' })
    expect(await login).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await must(window, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).toMatchObject({ role: 'staff' })
    await core.close()
  })
})
