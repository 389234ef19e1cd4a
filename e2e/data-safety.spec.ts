import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore } from '../electron/core'
import { expect, test } from './fixtures'
import { FAST_HASHING } from './support/harness'
import { must, PINS, PRIYA, setUpSalon } from './support/salon'
import { goTo, logIn, pageText, searchFor } from './support/ui'

const RECOVERY = 'our salon opened in 2019'

test.describe('data safety for the owner', () => {
  test('backs up (after setting the recovery passphrase), then restores: a customer added since is gone and everyone logs in again', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
    await app.openAs('owner')
    const { page } = app

    await goTo(page, '/admin/backups')
    await expect(page.getByText('Set a recovery passphrase first.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Back up now' })).toBeDisabled()
    await page.getByRole('link', { name: 'Set it now' }).click()
    const form = page.getByRole('region', { name: 'Recovery passphrase' }).locator('form')
    await form.getByLabel('Recovery passphrase').fill(RECOVERY)
    await form.getByLabel('Type it again').fill(RECOVERY)
    await page.getByRole('button', { name: 'Set passphrase' }).click()
    await expect(page.getByText('Set', { exact: true })).toBeVisible()

    await page.getByRole('link', { name: 'Backups' }).click()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Backup made and verified: 1 customers, 1 bills.' })).toBeVisible()
    const restoreTable = page.getByRole('region', { name: 'Restore' })
    await expect(restoreTable.getByRole('row')).toHaveCount(2)
    await expect(restoreTable).toContainText('Verified')

    // Someone added after the backup.
    await salon.addCustomer({ first_name: 'Rahul', last_name: 'Verma', phone: '99001 23456' })
    await restoreTable.getByRole('button', { name: /^Restore the backup of/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' })
    await expect(dialog).toContainText('1 customers, 1 bills')
    await dialog.getByRole('button', { name: 'Restore this backup' }).click()

    await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    await expect(page.getByText('The backup was restored. Everyone logs in again.')).toBeVisible()
    await expect(page.getByText('1 customers and 1 bills are back.')).toBeVisible()
    await logIn(page, 'owner')
    await searchFor(page, 'verma')
    await expect(page.getByText('No customer matches the name “verma”.')).toBeVisible()
    await searchFor(page, 'sharma')
    await expect(page.getByRole('option', { name: /Priya Sharma/ })).toBeVisible()
  })

  test('exports every customer as CSV and one customer’s data; erases a customer for good, from the exports too, keeping the bill and saying which backups still hold them', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer({ ...PRIYA, email: 'priya@example.in' })
    await salon.addCustomer({ first_name: 'Anita', last_name: 'Desai', phone: '99001 23456' })
    const bill = await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
    // A backup from before the erasure: it still holds her until the schedule removes it.
    await must(salon.owner, 'security.setRecoveryPassphrase', { passphrase: RECOVERY })
    await must(salon.owner, 'backup.run', {})
    await app.openAs('owner')
    const { page } = app

    await goTo(page, '/admin/backups')
    await page.getByRole('button', { name: 'Export as CSV' }).click()
    const written = page.locator('.alert-success code.path')
    await expect(written).toContainText('.csv')
    const csvFile = (await written.textContent()) ?? ''
    const csv = readFileSync(csvFile, 'utf8')
    expect(csv).toContain('Priya')
    expect(csv).toContain('Anita')
    await expect(page.getByText('2 customers written to')).toBeVisible()

    await goTo(page, `/customers/${priya.id}`)
    await page.getByRole('button', { name: 'More' }).click()
    await page.getByRole('menuitem', { name: /Export their data/ }).click()
    const exported = page.getByRole('status').filter({ hasText: 'Exported 1 bills and 0 visits to' })
    await expect(exported).toBeVisible()
    const html = /to (\S+\.html)/.exec((await exported.textContent()) ?? '')?.[1] ?? ''
    expect(existsSync(html) && readFileSync(html, 'utf8')).toContain('Priya')

    // Erase, from the keyboard: the menu opens with ArrowDown and moves with the arrows.
    await page.getByRole('button', { name: 'More' }).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: /Erase for good/ })).toBeFocused()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Erase Priya Sharma for good?' })
    await dialog.getByLabel('Why (kept on the record)').fill('Asked in person to be forgotten')
    await dialog.getByLabel('Type ERASE to confirm').fill('erase')
    await expect(dialog.getByRole('button', { name: 'Erase for good' })).toBeDisabled()
    await dialog.getByLabel('Type ERASE to confirm').fill('ERASE')
    await dialog.getByRole('button', { name: 'Erase for good' }).click()
    // What went and what is left, in plain words: the CSV's row and her two files went; the
    // backup made today (24 Nov 2026) holds her until it ages out (14 kept + 30 days).
    const erased = page.getByRole('dialog', { name: 'Priya Sharma is erased' })
    await expect(erased.getByRole('status')).toHaveText(
      'Erased from Parlour and from 3 export files it wrote. One backup made before now still holds this customer until it ages out, by 7 Jan 2027.',
    )
    expect(existsSync(html)).toBe(false)
    const cleanedCsv = readFileSync(csvFile, 'utf8')
    expect(cleanedCsv).not.toContain('Priya')
    expect(cleanedCsv).toContain('Anita')
    await expect(erased.getByRole('button', { name: 'Done' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()

    await searchFor(page, '3210')
    await expect(page.getByText('No customer matches the last 4 digits 3210.')).toBeVisible()
    // The bill stays for the tax records, without her name; the phone is free again.
    await goTo(page, `/bills/${bill.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(bill.invoice_number)
    expect(await pageText(page)).not.toContain('Sharma')
    await must(salon.owner, 'customers.create', { first_name: 'New', phone: '98765 43210' })
  })

  test('a new computer: first run restores the old salon from a backup with the recovery passphrase', async ({ app }) => {
    // The old computer: its own data and key, a recovery passphrase, a customer, a backup.
    const old = mkdtempSync(join(tmpdir(), 'parlour-old-pc-'))
    try {
      const oldCore = await openCore({ databasePath: join(old, 'parlour.db'), dataKey: new Uint8Array(randomBytes(32)), now: app.clock, pinHashParams: FAST_HASHING, recoveryKdfParams: FAST_HASHING, dailyBackup: false })
      const oldSalon = await setUpSalon(oldCore)
      await oldSalon.addCustomer(PRIYA)
      await must(oldSalon.owner, 'security.setRecoveryPassphrase', { passphrase: RECOVERY })
      mkdirSync(join(old, 'usb'))
      const backup = await must(oldSalon.owner, 'backup.run', { folder: join(old, 'usb') })
      await oldCore.close()

      await app.open()
      const { page } = app
      await page.getByRole('button', { name: 'Moving from another computer? Restore a backup' }).click()
      await expect(page.getByRole('heading', { name: 'Restore your salon from a backup' })).toBeVisible()
      await page.getByLabel('Backup file').fill(backup.file)
      await page.getByLabel('Recovery passphrase').fill('not the passphrase')
      await page.getByRole('button', { name: 'Restore the backup' }).click()
      await expect(page.getByText('That passphrase does not open this backup.')).toBeVisible()
      await page.getByLabel('Recovery passphrase').fill(RECOVERY)
      await page.getByRole('button', { name: 'Restore the backup' }).click()

      await expect(page.getByText('Your salon was restored from the backup.')).toBeVisible()
      await logIn(page, 'owner', PINS.owner)
      await searchFor(page, '3210')
      await expect(page.getByRole('option', { name: /Priya Sharma/ })).toBeVisible()
    } finally {
      rmSync(old, { recursive: true, force: true })
    }
  })
})
