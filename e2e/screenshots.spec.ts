import { expect, test } from './fixtures'
import { demoSalon } from './support/demo-data'
import { must } from './support/salon'
import { fillBillItems, goTo, searchFor } from './support/ui'

/**
 * Every main screen at 1366×768 with realistic data, saved under e2e/screenshots/ so anyone can
 * see the app without running it. Each picture is taken once its content has loaded.
 */
test.describe.configure({ mode: 'serial' })

test('screenshots: first run and login', async ({ app }) => {
  await app.open()
  await expect(app.page.getByRole('heading', { name: /set up your salon/ })).toBeVisible()
  await app.page.getByLabel('Salon name').fill('Glow Studio, Indiranagar')
  await app.screenshot('01-first-run')

  await app.page.reload()
  await app.salon()
  await app.page.reload()
  await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
  await app.screenshot('02-login-users')
  await app.page.getByRole('button', { name: /Ravi Kumar/ }).click()
  await app.page.getByLabel('PIN', { exact: true }).fill('111111')
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByText('Wrong PIN.')).toBeVisible()
  await app.screenshot('03-login-wrong-pin')
})

test('screenshots: the counter, a customer, a bill and the queue', async ({ app }) => {
  test.setTimeout(120_000)
  const demo = await demoSalon(app.core, app.clock)
  const { page } = app
  await app.openAs('receptionist')

  await expect(page.getByRole('region', { name: 'Today' }).getByText('Farhan')).toBeVisible()
  await app.screenshot('04-counter')

  await searchFor(page, 'sha')
  await expect(page.getByRole('option').first()).toBeVisible()
  await app.screenshot('05-counter-search')

  await goTo(page, `/customers/${demo.priya.id}`)
  await expect(page.getByRole('heading', { name: /Priya Sharma/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'History' }).getByText('Hair spa').first()).toBeVisible()
  await app.screenshot('06-customer')

  await goTo(page, `/customers/new?phone=${encodeURIComponent('98765 43210')}`)
  await page.getByLabel('First name').fill('Priya')
  await page.getByLabel('Last name').fill('S')
  await page.getByRole('button', { name: 'Add customer' }).click()
  await expect(page.getByText('This phone number already belongs to Priya Sharma.')).toBeVisible()
  await app.screenshot('07-customer-form-duplicate')

  await goTo(page, `/bills/new?customer=${demo.priya.id}`)
  await fillBillItems(page, [
    { name: 'Hair spa', price: '1400' },
    { name: 'Threading', price: '60', quantity: '2' },
  ])
  await page.getByLabel('Item 1 stylist').selectOption({ label: 'Sarah Thomas' })
  await page.getByLabel('Item 2 stylist').selectOption({ label: 'Sarah Thomas' })
  await page.getByLabel('Discount', { exact: true }).fill('100')
  await expect(page.locator('.totals-grand')).toContainText('₹1,491.00')
  await page.getByRole('button', { name: 'Split payment' }).click()
  await page.getByLabel('Payment 1 amount in rupees').fill('1000')
  await page.getByLabel('Payment 2 amount in rupees').fill('491')
  await expect(page.getByText('Adds up')).toBeVisible()
  await app.screenshot('08-bill-new')
  await page.getByRole('button', { name: 'Post bill' }).click()
  await expect(page.getByText('Posted. Their visits and spend are updated.')).toBeVisible()
  await app.screenshot('09-bill-posted')

  await page.keyboard.press('Alt+D')
  await expect(page.getByRole('heading', { name: 'Bills' })).toBeVisible()
  await expect(page.getByRole('table').getByText('Hair spa, Threading')).toBeVisible()
  await app.screenshot('10-bills-today')

  await page.keyboard.press('Alt+Q')
  await expect(page.getByRole('region', { name: 'Waiting' }).getByText('Farhan')).toBeVisible()
  await app.screenshot('11-queue-counter')

  // Staff on their own window: the queue is the whole app.
  const staff = await app.newPage()
  await app.openAs('staff', staff)
  await expect(staff.page.getByRole('region', { name: 'In progress' }).getByText('Kabir')).toBeVisible()
  await app.screenshot('12-queue-staff', staff.page)
})

test('screenshots: the counter and a bill on a 1920×1080 screen, nothing stretched or scrolling', async ({ app }) => {
  test.setTimeout(120_000)
  const demo = await demoSalon(app.core, app.clock, 60)
  const { page } = app
  await page.setViewportSize({ width: 1920, height: 1080 })
  await app.openAs('receptionist')
  const documentOverflow = () =>
    page.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number } } }).document.documentElement
      return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight }
    })

  await expect(page.getByRole('region', { name: 'Today' }).getByText('Farhan')).toBeVisible()
  expect(await documentOverflow()).toEqual({ x: 0, y: 0 })
  await app.screenshot('04-counter-1920x1080')

  await goTo(page, `/bills/new?customer=${demo.priya.id}`)
  await fillBillItems(page, [
    { name: 'Hair spa', price: '1400' },
    { name: 'Threading', price: '60', quantity: '2' },
  ])
  await page.getByLabel('Discount', { exact: true }).fill('100')
  await expect(page.locator('.totals-grand')).toContainText('₹1,491.00')
  expect(await documentOverflow()).toEqual({ x: 0, y: 0 })
  await app.screenshot('08-bill-new-1920x1080')
})

test('screenshots: the owner’s analytics and admin', async ({ app }) => {
  test.setTimeout(120_000)
  const demo = await demoSalon(app.core, app.clock)
  await demo.owner.invoke('customers.delete', { id: demo.rahul.id })
  const { page } = app
  await app.openAs('owner')

  await page.keyboard.press('Alt+A')
  await expect(page.getByRole('region', { name: 'Top customers by spend' }).getByRole('listitem')).toHaveCount(10)
  await expect(page.getByRole('region', { name: 'Birthdays in the next 7 days' }).getByText('Priya Sharma')).toBeVisible()
  await app.screenshot('13-analytics')

  await goTo(page, '/admin/users')
  await expect(page.getByRole('region', { name: 'Team' }).getByText('Sarah Thomas')).toBeVisible()
  await app.screenshot('14-admin-team')

  await goTo(page, '/admin/deleted')
  await expect(page.getByRole('cell', { name: 'Rahul Verma' }).first()).toBeVisible()
  await app.screenshot('15-admin-deleted')

  await goTo(page, '/admin/settings')
  await expect(page.getByLabel('Salon name')).toHaveValue('Glow Studio')
  await app.screenshot('16-admin-settings')

  await goTo(page, '/admin/security')
  await expect(page.getByText('Not set')).toBeVisible()
  await app.screenshot('17-admin-recovery')

  await must(demo.owner, 'security.setRecoveryPassphrase', { passphrase: 'our salon opened in 2019' })
  await must(demo.owner, 'backup.run', {})
  await goTo(page, '/admin/backups')
  await expect(page.getByRole('region', { name: 'Restore' }).getByText('Verified')).toBeVisible()
  await app.screenshot('19-admin-backups')

  await goTo(page, `/customers/${demo.priya.id}`)
  await page.getByRole('button', { name: 'More' }).click()
  await expect(page.getByRole('menuitem', { name: /Erase for good/ })).toBeVisible()
  await app.screenshot('20-customer-more-actions')

  await goTo(page, '/admin/audit')
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
  await app.screenshot('18-admin-audit')
})
