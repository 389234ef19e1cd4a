import type { AppStatus, Result } from '../electron/core/contract'
import { expect, test } from './fixtures'

/**
 * Before the core is open the desktop shell answers `app.status` and the passphrase methods
 * itself (electron/shell/data-gate.ts). Here the test plays the shell's part for those methods;
 * once the data is open every call goes to the real core.
 */
const ok = (value: AppStatus): Result<AppStatus> => ({ ok: true, value })

test('a weak key store: the owner enters the recovery passphrase, a wrong one is refused calmly', async ({ app }) => {
  await app.salon()
  let unlocked = false
  app.window.shell.set('app.status', () => ok(unlocked ? { state: 'ready' } : { state: 'passphrase-required', reason: 'weak-key-store', message: 'This computer has no secure key store Parlour can use, so the data is protected by the owner’s recovery passphrase. Enter it to open Parlour.' }))
  app.window.shell.set('app.unlock', (input) => {
    if ((input as { passphrase: string }).passphrase !== 'our salon opened in 2019') return { ok: false, error: { code: 'VALIDATION', message: 'Please check the highlighted fields.', fields: { passphrase: 'That passphrase does not open this data. Check it and try again.' } } }
    unlocked = true
    return ok({ state: 'ready' })
  })
  await app.open()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Enter the recovery passphrase' })).toBeVisible()
  await expect(page.getByText('no secure key store')).toBeVisible()
  await page.getByLabel('Recovery passphrase').fill('wrong guess')
  await page.keyboard.press('Enter')
  await expect(page.getByText('That passphrase does not open this data. Check it and try again.')).toBeVisible()
  await app.screenshot('00-gate-passphrase')
  await page.getByLabel('Recovery passphrase').fill('our salon opened in 2019')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
})

test('a database problem: the screen names it, says nothing was changed, and checks again on request', async ({ app }) => {
  let checks = 0
  app.window.shell.set('app.status', () => {
    checks++
    return ok({ state: 'database-problem', reason: 'newer-version', message: 'This data was saved by a newer version of Parlour (schema 9; this app knows up to 6). Install the newer version to open it.' })
  })
  await app.open()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'This data was saved by a newer Parlour' })).toBeVisible()
  await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible()
  await expect(page.getByText('Install the newer version to open it.')).toBeVisible()
  await app.screenshot('00-gate-database-problem')
  await page.getByRole('button', { name: 'Check again' }).click()
  await expect.poll(() => checks).toBe(2)
  // The renderer asked for nothing but the status: no data call was made.
  expect(new Set(app.received.map((envelope) => envelope.method))).toEqual(new Set(['app.status']))
})

test('a damaged database: the recovery screen offers the newest verified backups and restores one', async ({ app }) => {
  await app.salon()
  let restored: string | null = null
  const backup = (day: string, customers: number) => ({ file: `/home/salon/.config/Parlour/backups/parlour-${day}.db`, created_at: `${day}T09:05:00+05:30`, size_bytes: 18_400_000, verified: true, reason: 'daily' as const, customers, bills: customers * 6, has_recovery_key: true })
  app.window.shell.set('app.status', () => ok(restored ? { state: 'ready' } : { state: 'database-problem', reason: 'corrupt', message: 'The salon data file failed its integrity check. The damaged file was kept at /home/salon/.config/Parlour/parlour.damaged-2026-11-24.db.' }))
  app.window.shell.set('app.recoveryOptions', () => ({ ok: true, value: { backups: [backup('2026-11-24', 4312), backup('2026-11-23', 4309)] } }))
  app.window.shell.set('app.restoreBackup', (input) => {
    restored = (input as { file: string }).file
    return ok({ state: 'ready' })
  })
  await app.open()
  const { page } = app
  await expect(page.getByRole('heading', { name: 'The salon data file looks damaged' })).toBeVisible()
  await page.getByRole('button', { name: 'Restore a backup…' }).click()
  await expect(page.getByText('Backups found on this computer')).toBeVisible()
  await expect(page.getByText('4,312 customers, 25,872 bills')).toBeVisible()
  await app.screenshot('00-gate-recovery')
  await page.getByRole('button', { name: 'Restore this one' }).first().click()
  await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
  expect(restored).toBe('/home/salon/.config/Parlour/backups/parlour-2026-11-24.db')
})
