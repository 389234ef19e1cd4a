import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, type App } from './fixtures'
import { seedBook } from './support/book-data'
import { demoSalon } from './support/demo-data'
import { fillBillItems, goTo, searchFor } from './support/ui'

// axe-core's analysis of a whole page takes seconds of CPU: each test gets twice the usual time.
test.describe.configure({ timeout: 120_000 })

/** axe-core on the page as it is now: no serious or critical violations (WCAG 2.1 A and AA rules). */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const serious = results.violations
    .filter((violation) => process.env.AXE_ALL === '1' || violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))
  expect(serious, `${screen}: serious or critical accessibility violations`).toEqual([])
  expect(results.passes.length, `${screen}: axe ran its rules`).toBeGreaterThan(10)
}

test('first run and login screens', async ({ app }) => {
  await app.open()
  await expect(app.page.getByRole('heading', { name: /set up your salon/ })).toBeVisible()
  await expectAccessible(app.page, 'first run')
  await app.salon()
  await app.page.reload()
  await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
  await expectAccessible(app.page, 'login tiles')
  await app.page.getByRole('button', { name: /Ravi Kumar/ }).click()
  await app.page.getByLabel('PIN', { exact: true }).fill('000000')
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByText('Wrong PIN.')).toBeVisible()
  await expectAccessible(app.page, 'PIN pad with an error')
})

/** The receptionist on a salon with 60 customers and their history: each test visits a few screens, so each stays well inside its time. */
async function atTheCounter(app: App) {
  const demo = await demoSalon(app.core, app.clock, 60)
  await app.openAs('receptionist')
  const { page } = app
  const visit = async (path: string, ready: () => Promise<void>, name: string) => {
    await goTo(page, path)
    await ready()
    await expectAccessible(page, name)
  }
  return { demo, page, visit }
}

test('the counter’s screens: search, a customer, the walk-in dialog', async ({ app }) => {
  const { demo, page, visit } = await atTheCounter(app)
  await expect(page.getByRole('region', { name: 'Today' }).getByText('Farhan')).toBeVisible()
  await expectAccessible(page, 'counter')
  await searchFor(page, 'a')
  await expect(page.getByRole('option').first()).toBeVisible()
  await expectAccessible(page, 'counter with results')
  await visit(`/customers/${demo.priya.id}`, () => expect(page.getByRole('region', { name: 'History' }).getByText('Keratin treatment')).toBeVisible(), 'customer')
  await page.keyboard.press('Alt+W')
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectAccessible(page, 'add to queue dialog')
})

test('the counter’s forms: a new customer (with a conflict) and a new bill', async ({ app }) => {
  const { demo, page, visit } = await atTheCounter(app)
  await visit('/customers/new?phone=98765%2043210', () => expect(page.getByLabel('First name')).toBeVisible(), 'new customer form')
  await page.getByLabel('First name').fill('P')
  await page.getByRole('button', { name: 'Add customer' }).click()
  await expect(page.getByText('This phone number already belongs to Priya Sharma.')).toBeVisible()
  await expectAccessible(page, 'new customer form with a conflict')
  await visit(`/bills/new?customer=${demo.priya.id}`, () => expect(page.getByLabel('Item 1 name')).toBeVisible(), 'new bill')
  await fillBillItems(page, [{ name: 'Haircut', price: '650' }])
  await expect(page.locator('.totals-grand')).toContainText('₹683.00')
  await expectAccessible(page, 'new bill with totals')
})

test('the day’s screens: a bill, the day’s bills, the queue for the counter and for staff', async ({ app }) => {
  const { demo, page, visit } = await atTheCounter(app)
  await visit(`/bills/${demo.priyaBills[0]}`, () => expect(page.getByRole('heading', { level: 1 })).toContainText('Bill'), 'bill')
  await visit(`/bills/${demo.priyaBills[0]}/print`, () => expect(page.getByRole('article')).toBeVisible(), 'invoice print view')
  await visit('/bills', () => expect(page.getByRole('table')).toBeVisible(), 'day’s bills')
  await visit('/queue', () => expect(page.getByRole('region', { name: 'Waiting' }).getByText('Farhan')).toBeVisible(), 'queue (counter)')

  const staff = await app.newPage()
  await app.openAs('staff', staff)
  await expect(staff.page.getByRole('region', { name: 'Waiting' }).getByText('Farhan')).toBeVisible()
  await expectAccessible(staff.page, 'queue (staff)')
  await goTo(staff.page, '/analytics')
  await expect(staff.page.getByText('Only the queue is open here')).toBeVisible()
  await expectAccessible(staff.page, 'refused screen')
})

test('the appointment book: a day by stylist, booking a slot, a booking’s actions, the week, tomorrow’s reminders', async ({ app }) => {
  const salon = await app.salon()
  await seedBook(salon, app.clock)
  await app.openAs('receptionist')
  const { page } = app
  await page.keyboard.press('Alt+K')
  const day = page.getByRole('group', { name: /Bookings by stylist/ })
  await expect(day.getByRole('button', { name: /^Pooja Reddy/ })).toBeVisible()
  await expectAccessible(page, 'book: day')
  await day.getByRole('button', { name: 'Book Kavya Nair at 1:00 pm' }).click()
  await page.getByRole('dialog').getByLabel('Customer (phone, last 4 digits or name)').fill('Priya')
  await expect(page.getByRole('dialog').getByRole('radio', { name: /Priya Sharma/ })).toBeVisible()
  await expectAccessible(page, 'book: booking a slot')
  await page.keyboard.press('Escape')
  await day.getByRole('button', { name: /^Neha Gupta/ }).click()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Arrived' })).toBeVisible()
  await expectAccessible(page, 'book: a booking’s actions')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Week', exact: true }).click()
  await expect(page.getByRole('region', { name: /^Sat, 28 Nov/ })).toBeVisible()
  await expectAccessible(page, 'book: week')
  await page.getByRole('link', { name: 'Tomorrow’s reminders' }).click()
  await expect(page.getByRole('button', { name: 'Copy reminder for Priya' })).toBeVisible()
  await expectAccessible(page, 'book: tomorrow’s reminders')
})

test('the owner’s analytics', async ({ app }) => {
  await demoSalon(app.core, app.clock, 60)
  await app.openAs('owner')
  const { page } = app
  await page.keyboard.press('Alt+A')
  await expect(page.getByRole('img', { name: /^Revenue per month/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Birthdays in the next 7 days' }).getByText('Priya Sharma')).toBeVisible()
  await expectAccessible(page, 'analytics')
})

test('the owner’s admin tabs', async ({ app }) => {
  await demoSalon(app.core, app.clock, 60)
  await app.openAs('owner')
  const { page } = app
  for (const [tab, ready] of [
    ['users', () => expect(page.getByRole('region', { name: 'Team' }).getByText('Sarah Thomas')).toBeVisible()],
    ['deleted', () => expect(page.getByText('No deleted customers.')).toBeVisible()],
    ['settings', () => expect(page.getByLabel('Salon name')).toBeVisible()],
    ['gst', () => expect(page.getByRole('table', { name: 'Tax by rate' })).toBeVisible()],
    ['security', () => expect(page.getByText('Not set')).toBeVisible()],
    ['audit', () => expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()],
  ] as const) {
    await goTo(page, `/admin/${tab}`)
    await ready()
    await expectAccessible(page, `admin: ${tab}`)
  }
})

test('the service menu: the owner’s menu, the bill’s picker open, the stylist report', async ({ app }) => {
  const salon = await app.salon()
  const haircut = await salon.owner.invoke('menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 60_000, duration_minutes: 45, tax_code: '999721' })
  await salon.owner.invoke('menu.create', { kind: 'product', name: 'Argan shampoo', category: 'Retail', price: 45_000, tax_code: '33051090', gst_rate_bp: 1800 })
  if (!haircut.ok) throw new Error('the menu item should be created')
  await salon.owner.invoke('bills.post', { customer_name: 'Walk-in', items: [{ name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: haircut.value.id, stylist_id: salon.ids.staff }] })
  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/menu')
  await expect(page.getByRole('table').getByText('Argan shampoo')).toBeVisible()
  await expectAccessible(page, 'admin: menu')
  await goTo(page, '/bills/new')
  await page.getByLabel('Item 1 name').fill('ha')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { name: /Haircut/ })).toHaveAttribute('aria-selected', 'true')
  await expectAccessible(page, 'new bill with the menu open')
  await goTo(page, '/analytics/stylists')
  await expect(page.getByText('Sarah Thomas')).toBeVisible()
  await expectAccessible(page, 'stylist report')
})
