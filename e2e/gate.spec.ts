import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { test as base, expect } from '@playwright/test'
import { seedCustomers } from '../bench/generate'
import { createDataKeyStore, givenKey, openCore, startCore, type DataKeyStore } from '../electron/core'
import { createStandInSafeStorage } from '../electron/testing/stand-in-safe-storage'
import { must } from '../test/helpers/must'
import { FAST_HASHING, startHarness, type Harness } from './support/harness'
import { PINS, setUpSalon } from './support/salon'
import { takeScreenshot } from './support/screenshot'

/**
 * The screens before the data opens, against the real core started as the desktop app starts it
 * (`startCore` with a key-store port): a key store that needs the owner's recovery passphrase,
 * data from a newer Parlour, and damaged data restored from a real verified backup. Every call
 * the page makes goes to that core: nothing is played by the test.
 */

const PASSPHRASE = 'our salon opened in 2019'
const SCREEN = { width: 1366, height: 768 }

type Gate = { open(keyStore: DataKeyStore, databasePath: string): Promise<Harness>; folder: string }

const test = base.extend<{ gate: Gate }>({
  gate: async ({ browser }, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'parlour-gate-'))
    const harnesses: Harness[] = []
    await use({
      folder,
      open: async (keyStore, databasePath) => {
        const harness = await startHarness({ browser, keyStore, databasePath, contextOptions: { viewport: SCREEN } })
        harnesses.push(harness)
        return harness
      },
    })
    for (const harness of harnesses) {
      expect(harness.problems.pageErrors, 'uncaught errors in the page').toEqual([])
      expect(harness.problems.consoleErrors, 'console errors in the page').toEqual([])
      await harness.close()
    }
    rmSync(folder, { recursive: true, force: true })
  },
})

/** A salon (owner, receptionist, staff) whose recovery passphrase is set, closed again. */
async function salonOn(databasePath: string, keyStore: DataKeyStore): Promise<void> {
  const core = startCore({ databasePath, keyStore, pinHashParams: FAST_HASHING, recoveryKdfParams: FAST_HASHING, dailyBackup: false, checkIntegrity: null })
  const status = await core.start()
  if (status.state === 'passphrase-setup') await must(core.connect(), 'app.createPassphrase', { passphrase: PASSPHRASE })
  const salon = await setUpSalon(core)
  if (status.state === 'ready') await must(salon.owner, 'security.setRecoveryPassphrase', { passphrase: PASSPHRASE })
  await core.close()
}

test('a weak key store: the owner enters the recovery passphrase, a wrong one is refused calmly', async ({ gate }) => {
  const databasePath = join(gate.folder, 'parlour.db')
  const basicText = createStandInSafeStorage({ backend: 'basic_text' })
  const keyStore = createDataKeyStore({ safeStorage: basicText.safeStorage, platform: 'linux', file: join(gate.folder, 'data-key.json') })
  await salonOn(databasePath, keyStore)

  const harness = await gate.open(keyStore, databasePath)
  const { page } = await harness.newPage().then(async (window) => (await window.open(), window))
  await expect(page.getByRole('heading', { name: 'Enter the recovery passphrase' })).toBeVisible()
  await expect(page.getByText('no secure key store')).toBeVisible()
  await page.getByLabel('Recovery passphrase').fill('wrong guess')
  await page.keyboard.press('Enter')
  await expect(page.getByText('That passphrase does not open this data. Check it and try again.')).toBeVisible()
  await takeScreenshot(page, '00-gate-passphrase', test.info())
  await page.getByLabel('Recovery passphrase').fill(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
  expect(harness.problems.coreErrors).toEqual([])
})

test('data from a newer Parlour: the screen names it, says nothing was changed, and checks again on request', async ({ gate }) => {
  const databasePath = join(gate.folder, 'parlour.db')
  const key = new Uint8Array(randomBytes(32))
  const made = await openCore({ databasePath, dataKey: key, dailyBackup: false })
  await made.close()
  // A later version of Parlour ran a migration this one does not know.
  const raw = new Database(databasePath)
  raw.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2027-01-01T00:00:00.000Z')`).run()
  raw.close()

  const harness = await gate.open(givenKey(key), databasePath)
  const window = await harness.newPage()
  await window.open()
  const { page } = window
  await expect(page.getByRole('heading', { name: 'This data was saved by a newer Parlour' })).toBeVisible()
  await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible()
  await expect(page.getByText('Update Parlour to open it')).toBeVisible()
  await takeScreenshot(page, '00-gate-database-problem', test.info())
  await page.getByRole('button', { name: 'Check again' }).click()
  await expect.poll(() => window.received.filter((envelope) => envelope.method === 'app.status').length).toBe(2)
  // The renderer asked for nothing but the status: no data call was made.
  expect(new Set(window.received.map((envelope) => envelope.method))).toEqual(new Set(['app.status']))
  expect(harness.problems.coreErrors).toEqual(['the database could not be opened'])
})

test('damaged data: the recovery screen offers the verified backups beside it and restores one; the damaged file is kept', async ({ gate }) => {
  const databasePath = join(gate.folder, 'parlour.db')
  const key = new Uint8Array(randomBytes(32))
  await salonOn(databasePath, givenKey(key))
  const shop = await openCore({ databasePath, dataKey: key, dailyBackup: false, pinHashParams: FAST_HASHING, recoveryKdfParams: FAST_HASHING })
  seedCustomers(shop.store, { count: 400, seed: 11 })
  const owner = shop.connect()
  const { users } = await must(owner, 'session.state', {})
  await must(owner, 'session.login', { user_id: users[0]!.id, pin: PINS.owner })
  const backup = await must(owner, 'backup.run', {})
  shop.store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  await shop.close()
  // A failing disk: pages in the middle of the file overwritten.
  const size = statSync(databasePath).size
  const fd = openSync(databasePath, 'r+')
  writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
  closeSync(fd)

  const harness = await gate.open(givenKey(key), databasePath)
  const window = await harness.newPage()
  await window.open()
  const { page } = window
  await expect(page.getByRole('heading', { name: 'The salon data file looks damaged' })).toBeVisible()
  await page.getByRole('button', { name: 'Restore a backup…' }).click()
  await expect(page.getByText('Backups found on this computer')).toBeVisible()
  await expect(page.getByText(`${backup.customers.toLocaleString('en-IN')} customers, ${backup.bills.toLocaleString('en-IN')} bills`)).toBeVisible()
  // Only the owner restores: without the recovery passphrase nothing happens but a clear message.
  await page.getByRole('button', { name: 'Restore this one' }).first().click()
  await expect(page.getByText('Enter the owner’s recovery passphrase: only the owner restores a backup.')).toBeVisible()
  await page.getByLabel('Recovery passphrase').fill(PASSPHRASE)
  await takeScreenshot(page, '00-gate-recovery', test.info())
  await page.getByRole('button', { name: 'Restore this one' }).first().click()
  await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
  const [refused, restored] = window.received.filter((envelope) => envelope.method === 'app.restoreBackup')
  expect(refused).toMatchObject({ input: { file: backup.file }, result: { ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } } })
  expect(restored).toMatchObject({ input: { file: backup.file }, result: { ok: true, value: { state: 'ready' } } })
  expect(harness.problems.coreErrors).toContain('the database could not be opened')
})
