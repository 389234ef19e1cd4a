import { must } from '../test/helpers/must'
import { expect, test } from './fixtures'
import { goTo } from './support/ui'

// CGST Rule 46(b): no invoice series may pass 16 characters (vocabulary/invoice-series.ts).

test('the settings form refuses a prefix that could pass 16 characters and shows the number it could reach', async ({ app }) => {
  const salon = await app.salon()
  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/settings')
  const prefix = page.getByLabel('Invoice prefix')
  await expect(prefix).toHaveAccessibleDescription(/1 to 3 capital letters or digits/)
  await prefix.fill('GLOW')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(prefix).toHaveAccessibleDescription(/With the prefix GLOW, numbers could reach GLOW\/XYC\/26\/99999 \(17 characters/)
  expect((await must(salon.owner, 'settings.get', {})).invoice_prefix).toBe('SAL')

  await prefix.fill('GLW')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible()
  expect((await must(salon.owner, 'settings.get', {})).invoice_prefix).toBe('GLW')
})

test('a prefix saved before the rule is warned on the home screen and in the form, with the fix, until it is changed', async ({ app }) => {
  const salon = await app.salon()
  // Saved before the rule (straight into the store: the API refuses it now).
  app.core.store.writes.transact(null, () => app.core.store.settings.update({ invoice_prefix: 'GLOWSTDO' }))
  await app.openAs('owner')
  const { page } = app
  const warning = /The invoice prefix GLOWSTDO is too long: numbers could reach GLOWSTDO\/XYC\/26\/99999 \(21 characters\), and GST allows 16\. Change it to at most 3 letters or digits/
  await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible()
  await page.getByRole('link', { name: 'Change the invoice prefix' }).click()
  await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible()

  // The rest of the settings still save under the old prefix.
  await page.getByLabel('Lock after (minutes without use)').fill('15')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible()
  expect(await must(salon.owner, 'settings.get', {})).toMatchObject({ invoice_prefix: 'GLOWSTDO', idle_lock_minutes: 15 })

  await page.getByLabel('Invoice prefix').fill('GLW')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText(warning)).toHaveCount(0)
  expect((await must(salon.owner, 'settings.get', {})).invoice_prefix).toBe('GLW')
  await goTo(page, '/')
  await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()
  await expect(page.getByText(warning)).toHaveCount(0)
})
