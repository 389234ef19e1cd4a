import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FAST_PIN_HASHING, PINS, TEST_PARTICULARS, must, recordingLogger } from '../../../test/helpers/core'
import { FAST_KDF, launchDesk } from '../../../test/helpers/desk'
import { tempDir } from '../../../test/helpers/temp'
import { createStandInSafeStorage } from '../../testing/stand-in-safe-storage'
import { createDataKeyStore, startCore, type PickPath } from '..'

/**
 * The one door: whatever state the app is in (first run, locked, damaged, ready), every method
 * is answered by the core's one dispatcher, through a window's connection, as the shell hands
 * them over. Real core, real SQLite files, the stand-in safeStorage.
 */

const PASSPHRASE = 'our salon opened in 2019'

/** A salon kept only by its recovery passphrase (Linux basic_text): each start is locked until it is typed. */
async function lockedSalon() {
  const dir = tempDir()
  const os = createStandInSafeStorage({ backend: 'basic_text' })
  const first = launchDesk(dir, os)
  await first.core.start()
  expect(await first.gate.createPassphrase(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
  const owner = first.core.connect()
  await must(owner, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
  await first.core.close()
  return { dir, os }
}

/** A core on `dir` with a recording file-dialog port. */
function withDialogs(dir: string, os = createStandInSafeStorage(), answer: () => Promise<string | null> = async () => '/media/usb/chosen') {
  const asked: Parameters<PickPath>[] = []
  const pickPath: PickPath = (origin, request) => {
    asked.push([origin, request])
    return answer()
  }
  const core = startCore({
    databasePath: join(dir, 'parlour.db'),
    keyStore: createDataKeyStore({ safeStorage: os.safeStorage, platform: 'linux', file: join(dir, 'data-key.json') }),
    pickPath,
    logger: recordingLogger(),
    pinHashParams: FAST_PIN_HASHING,
    recoveryKdfParams: FAST_KDF,
    checkIntegrity: null,
  })
  return { core, asked }
}

describe('every method, in every state, through the one dispatcher', () => {
  it('locked: app.* answer (validated by the contract), everything else asks to unlock first; once unlocked, everything answers', async () => {
    const { dir, os } = await lockedSalon()
    const { core, asked } = withDialogs(dir, os)
    const window = core.connect('the counter window')
    expect(await must(window, 'app.status', {})).toMatchObject({ state: 'passphrase-required', reason: 'weak-key-store' })
    const locked = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Unlock Parlour first.' } }
    expect(await window.invoke('session.state', {})).toEqual(locked)
    expect(await window.invoke('customers.search', { query: 'priya' })).toEqual(locked)
    expect(await window.invoke('app.recoveryOptions', {})).toEqual(locked)
    expect(await window.invoke('app.restoreBackup', { file: '/backups/parlour-1.db' })).toEqual(locked)
    expect(await window.invoke('app.unlock', { passphrase: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await window.invoke('app.unlock', { passphrase: 'x', extra: true } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await window.invoke('app.unlock', { passphrase: 'a wrong passphrase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    // Nobody can log in while locked, so the dialogs are open to the window (to pick a backup).
    expect(await must(window, 'app.pickPath', { kind: 'backup-file' })).toEqual({ path: '/media/usb/chosen' })
    expect(asked).toEqual([['the counter window', { kind: 'backup-file', backups_folder: join(dir, 'backups') }]])

    expect(await must(window, 'app.unlock', { passphrase: PASSPHRASE })).toEqual({ state: 'ready' })
    expect(await must(window, 'session.state', {})).toMatchObject({ setup_required: false, user: null })
    expect(await window.invoke('customers.search', { query: 'priya' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please log in.' } })
    await core.close()
  })

  it('data that cannot open: app.status says why; every data method and the restore routes are refused plainly; the file is untouched', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'parlour.db'), Buffer.alloc(8192, 7))
    const { core } = withDialogs(dir)
    const window = core.connect()
    expect(await must(window, 'app.status', {})).toMatchObject({ state: 'database-problem', reason: 'not-a-database' })
    const refused = { ok: false, error: { code: 'INTERNAL', message: 'Parlour cannot open its data. Nothing has been changed.' } }
    expect(await window.invoke('session.state', {})).toEqual(refused)
    expect(await window.invoke('app.recoveryOptions', {})).toEqual(refused)
    expect(await window.invoke('app.restoreBackup', { file: '/backups/parlour-1.db' })).toEqual(refused)
    await core.close()
  })

  it('app.pickPath: the port shows the dialog over the calling window, for the owner (or before setup) only; a bad request never reaches it; a failing dialog is an envelope', async () => {
    const dir = tempDir()
    let fail = false
    const { core, asked } = withDialogs(dir, createStandInSafeStorage(), async () => {
      if (fail) throw new Error('no display')
      return null
    })
    const first = core.connect('first window')
    // Before setup: the new PC's first run picks the backup it was given.
    expect(await must(first, 'app.pickPath', { kind: 'backup-file' })).toEqual({ path: null })
    const owner = await must(first, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
    const staffUser = await must(first, 'users.create', { name: 'Sarah', role: 'staff', pin: PINS.staff })
    const reception = await must(first, 'users.create', { name: 'Ravi', role: 'receptionist', pin: PINS.receptionist })
    expect(await must(first, 'app.pickPath', { kind: 'save-csv', suggested_name: 'customers.csv' })).toEqual({ path: null })

    const staff = core.connect('staff window')
    await must(staff, 'session.login', { user_id: staffUser.id, pin: PINS.staff })
    const counter = core.connect('counter window')
    await must(counter, 'session.login', { user_id: reception.id, pin: PINS.receptionist })
    const anonymous = core.connect('login screen')
    for (const window of [staff, counter, anonymous]) {
      expect(await window.invoke('app.pickPath', { kind: 'folder' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await first.invoke('app.pickPath', { kind: 'anything' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { kind: expect.any(String) } } })
    expect(await first.invoke('app.pickPath', { kind: 'folder', path: '/etc' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { path: expect.any(String) } } })
    expect(asked.map(([origin, request]) => [origin, request.kind])).toEqual([
      ['first window', 'backup-file'],
      ['first window', 'save-csv'],
    ])
    expect(owner.role).toBe('owner')

    fail = true
    expect(await first.invoke('app.pickPath', { kind: 'folder' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The file dialog could not be shown. Type the path instead.' },
    })
    await core.close()
  })

  it('without a file-dialog port (tests, tools), app.pickPath answers null', async () => {
    const { core, gate } = launchDesk(tempDir(), createStandInSafeStorage())
    await gate.start()
    expect(await must(core.connect(), 'app.pickPath', { kind: 'backup-file' })).toEqual({ path: null })
    await core.close()
  })

  it('damage found while the data serves: app.status reports it, the running bill still posts', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launchDesk(dir, os)
    await first.gate.start()
    const owner = first.core.connect()
    await must(owner, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
    // A registered salon's bill names its particulars (issue 18), or it does not post.
    await must(owner, 'settings.update', TEST_PARTICULARS)
    await first.core.close()

    let report: (damaged: boolean) => void = () => undefined
    const here = launchDesk(dir, os, { quickCheckMaxBytes: 0, checkIntegrity: () => new Promise((resolve) => (report = (damaged) => resolve(damaged ? { ok: false, problems: ['x'] } : { ok: true }))) })
    expect(await here.gate.start()).toEqual({ state: 'ready' })
    const counter = here.core.connect()
    const { users } = await must(counter, 'session.state', {})
    await must(counter, 'session.login', { user_id: users[0]!.id, pin: PINS.owner })
    report(true)
    await vi.waitFor(async () => expect(await must(counter, 'app.status', {})).toMatchObject({ state: 'database-problem', reason: 'corrupt' }))
    expect(await must(counter, 'bills.post', { customer_name: 'Walk-in', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })).toMatchObject({ rounded_total: 52_500 })
    await here.core.close()
  })
})
