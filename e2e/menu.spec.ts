import type { Input } from '../electron/core/contract'
import { expect, test } from './fixtures'
import { jumpTo, must, PINS, PRIYA, type Salon } from './support/salon'
import { goTo, invokeInPage, openCustomer } from './support/ui'
import { readBillBody } from '../renderer/src/screens/bill/bill-body'
import { readLines } from '../renderer/src/screens/bill/bill-draft'

/**
 * The service menu at the counter: the owner keeps it (add, change a price, retire), the
 * receptionist builds a bill from it with the keyboard alone, each service names its stylist,
 * and the owner reads the month per stylist.
 */

const MENU: Input<'menu.create'>[] = [
  { kind: 'service', name: 'Haircut', category: 'Hair', price: 60_000, duration_minutes: 45, tax_code: '999721' },
  { kind: 'service', name: 'Hair spa', category: 'Hair', price: 120_000, duration_minutes: 60, tax_code: '999721', price_editable: false },
  { kind: 'service', name: 'Blow-dry', category: 'Hair', price: 40_000, duration_minutes: 30, tax_code: '999721' },
  { kind: 'service', name: 'Fruit facial', category: 'Skin', price: 150_000, duration_minutes: 60, tax_code: '999722' },
  { kind: 'service', name: 'Threading', category: 'Skin', price: 8_000, duration_minutes: 10, tax_code: '999722', price_editable: false },
  { kind: 'service', name: 'Gel manicure', category: 'Nails', price: 90_000, duration_minutes: 50, tax_code: '999722' },
  { kind: 'product', name: 'Argan shampoo 250 ml', category: 'Retail', price: 45_000, tax_code: '33051090', gst_rate_bp: 1800 },
  { kind: 'product', name: 'Keratin serum 50 ml', category: 'Retail', price: 89_900, tax_code: '33059011', gst_rate_bp: 1800, price_editable: false },
]

async function salonWithMenu(salon: Salon) {
  const items = new Map<string, string>()
  for (const item of MENU) items.set(item.name, (await must(salon.owner, 'menu.create', item)).id)
  const meena = await must(salon.owner, 'users.create', { name: 'Meena Iyer', role: 'staff', pin: '264913' })
  return { items, meena: meena.id }
}

test('the owner’s menu: add a service, change a price (past bills keep theirs), retire an item', async ({ app }) => {
  const salon = await app.salon()
  await jumpTo(salon, app.clock, '2026-11-24T06:00:00.000Z')
  const { items } = await salonWithMenu(salon)
  const haircut = items.get('Haircut') ?? ''
  const before = await must(salon.owner, 'bills.post', { customer_name: 'Walk-in', items: [{ name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: haircut }] })

  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/menu')
  const table = page.getByRole('table')
  await expect(table.getByRole('row', { name: /Haircut/ })).toContainText('₹600.00')

  await page.getByRole('button', { name: 'Add service' }).click()
  const add = page.getByRole('dialog', { name: 'Add a service' })
  await add.getByLabel('Name').fill('Head massage')
  await add.getByLabel('Category (optional)').fill('Hair')
  await add.getByLabel('Price (₹)').fill('350')
  await add.getByLabel('Usual time (minutes)').fill('20')
  await add.getByLabel('SAC code').selectOption('999729')
  await add.getByRole('button', { name: 'Add service' }).click()
  await expect(table.getByRole('row', { name: /Head massage/ })).toContainText('SAC 999729')

  await page.getByRole('button', { name: 'Edit Haircut' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Haircut' })
  await edit.getByLabel('Price (₹)').fill('650')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(table.getByRole('row', { name: /Haircut/ })).toContainText('₹650.00')

  await page.getByRole('button', { name: 'Retire Blow-dry' }).click()
  await expect(table.getByRole('row', { name: /Blow-dry/ })).toHaveCount(0)
  await page.getByLabel('Show retired').check()
  await expect(table.getByRole('row', { name: /Blow-dry/ })).toContainText('Retired')
  await expect(page.getByRole('button', { name: 'Bring back Blow-dry' })).toBeVisible()

  // The bill posted at ₹600 still reads ₹600; the menu's new price is for bills from now on.
  expect((await must(salon.owner, 'bills.get', { id: before.id })).items[0]).toMatchObject({ unit_price: 60_000, line_total: 60_000 })
  expect((await must(salon.owner, 'menu.list', { query: 'haircut' }))[0]).toMatchObject({ price: 65_000 })
  await app.screenshot('30-menu-admin')
})

test('a bill from the menu with the keyboard only: two services with their stylists and a product at 18%', async ({ app }) => {
  const salon = await app.salon()
  await jumpTo(salon, app.clock, '2026-11-24T06:00:00.000Z')
  await salonWithMenu(salon)
  const customer = await salon.addCustomer(PRIYA)
  await app.openAs('receptionist')
  const { page } = app
  await openCustomer(page, customer)
  await page.keyboard.press('Alt+B')
  await expect(page.getByLabel('Item 1 name')).toBeFocused()

  // 'hai' lists the names that start with it (Hair spa, Haircut), then the rest of the Hair category;
  // ArrowDown, Enter takes Hair spa at its menu price, then the stylist.
  await page.keyboard.type('hai')
  await expect(page.getByRole('listbox', { name: 'Menu' }).getByRole('option')).toHaveText([/^Hair spa/, /^Haircut/, /^Blow-dry/])
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 1 name')).toHaveValue('Hair spa')
  await expect(page.getByLabel('Item 1 price in rupees')).toHaveValue('1200')
  await expect(page.getByLabel('Item 1 stylist')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Item 1 stylist')).toHaveValue(/.+/)
  await expect(page.getByLabel('Item 1 stylist').locator('option:checked')).toHaveText('Meena Iyer')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Item 1 quantity')).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page.getByLabel('Item 2 name')).toBeFocused()
  await page.keyboard.type('hai')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 2 name')).toHaveValue('Haircut')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Item 2 stylist').locator('option:checked')).toHaveText('Sarah Thomas')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')

  await expect(page.getByLabel('Item 3 name')).toBeFocused()
  await page.keyboard.type('arg')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 3 name')).toHaveValue('Argan shampoo 250 ml')
  await expect(page.getByLabel('Item 3 quantity')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByLabel('Item 3 quantity')).toHaveValue('2')

  // ₹1,800 of services at 5% and ₹900 of shampoo at 18%, each rate's CGST and SGST apart.
  const totals = page.locator('.totals')
  await expect(totals).toContainText('Taxable at 5%₹1,800.00')
  await expect(totals).toContainText('CGST 2.5%₹45.00')
  await expect(totals).toContainText('Taxable at 18%₹900.00')
  await expect(totals).toContainText('SGST 9%₹81.00')
  await expect(page.locator('.totals-grand')).toContainText('₹2,952.00')
  await app.screenshot('31-bill-from-menu')

  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/Posted\./)).toBeVisible()
  const invoice = page.locator('.invoice-items')
  await expect(invoice.getByRole('row', { name: /Hair spa/ })).toContainText('SAC 999721 · by Meena Iyer')
  await expect(invoice.getByRole('row', { name: /Haircut/ })).toContainText('by Sarah Thomas')
  await expect(invoice.getByRole('row', { name: /Argan shampoo/ })).toContainText('HSN 33051090')
})

test('a bill opened from the day’s queue names the stylist who took the ticket on each new service line, and the receptionist can change it', async ({ app }) => {
  const salon = await app.salon()
  await jumpTo(salon, app.clock, '2026-11-24T06:00:00.000Z') // 11:30 IST
  const { meena } = await salonWithMenu(salon)
  const priya = await salon.addCustomer(PRIYA)
  // Priya walks in; Sarah takes her ticket at the queue. Anita, booked with Meena, arrives.
  const walkin = await must(salon.owner, 'walkins.create', { customer_id: priya.id, service: 'Haircut' })
  const sarah = app.core.connect()
  await must(sarah, 'session.login', { user_id: salon.ids.staff, pin: PINS.staff })
  await must(sarah, 'queue.setStatus', { ticket_number: walkin.ticket_number, status: 'in_progress' })
  const booked = await must(salon.owner, 'appointments.create', { customer_name: 'Anita Rao', service: 'Fruit facial', scheduled_at: '2026-11-24T12:00:00+05:30', duration_minutes: 60, stylist_id: meena })
  await must(salon.owner, 'queue.setStatus', { ticket_number: booked.ticket_number, status: 'checked_in' })
  const later = await must(salon.owner, 'appointments.create', { customer_name: 'Kabir', scheduled_at: '2026-11-24T17:00:00+05:30', duration_minutes: 30 })

  await app.openAs('receptionist')
  const { page } = app
  const today = page.locator('.today-panel')
  // Today shows who took each ticket.
  await expect(today.getByRole('listitem').filter({ hasText: 'Priya Sharma' })).toContainText(`${walkin.ticket_number} · Sarah Thomas`)
  // A booking not yet arrived has nothing to bill.
  await expect(today.getByRole('link', { name: `Bill Kabir (${later.ticket_number})` })).toHaveCount(0)
  await today.getByRole('link', { name: `Bill Priya Sharma (${walkin.ticket_number})` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bill for Priya Sharma')
  const stylistOf = (line: number) => page.getByLabel(`Item ${line} stylist`).locator('option:checked')
  await expect(stylistOf(1)).toHaveText('Sarah Thomas')

  // A service from the menu keeps her; the next line starts with her too; a product names nobody.
  await page.getByLabel('Item 1 name').pressSequentially('haircut')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 1 price in rupees')).toHaveValue('600')
  await expect(stylistOf(1)).toHaveText('Sarah Thomas')
  await page.keyboard.press('Alt+I')
  await expect(page.getByLabel('Item 2 name')).toBeFocused()
  await expect(stylistOf(2)).toHaveText('Sarah Thomas')
  await page.keyboard.type('arg')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 2 stylist')).toHaveCount(0)
  // Meena did the blow-dry: the receptionist changes the default on that line.
  await page.keyboard.press('Alt+I')
  await expect(page.getByLabel('Item 3 name')).toBeFocused()
  await page.keyboard.type('blow')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 3 name')).toHaveValue(/Blow-dry/)
  await expect(stylistOf(3)).toHaveText('Sarah Thomas')
  await page.getByLabel('Item 3 stylist').selectOption({ label: 'Meena Iyer' })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/Posted\./)).toBeVisible()
  const invoice = page.locator('.invoice-items')
  await expect(invoice.getByRole('row', { name: /Haircut/ })).toContainText('by Sarah Thomas')
  await expect(invoice.getByRole('row', { name: /Argan shampoo/ })).not.toContainText('by ')
  await expect(invoice.getByRole('row', { name: /Blow-dry/ })).toContainText('by Meena Iyer')

  // An arrived booking of someone not registered: the visitor's name, and the stylist booked.
  await goTo(page, '/counter')
  await page.locator('.today-panel').getByRole('link', { name: `Bill Anita Rao (${booked.ticket_number})` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New bill')
  await expect(page.getByLabel('Name on the bill')).toHaveValue('Anita Rao')
  await expect(stylistOf(1)).toHaveText('Meena Iyer')
  // Opened and left untouched, it leaves no unfinished work behind.
  await goTo(page, '/counter')
  await expect(page.getByRole('navigation', { name: 'Unfinished work' })).toHaveCount(0)
  expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
})

test('stylists on lines: the owner’s month per stylist with commission, and a stylist’s own day', async ({ app }) => {
  const salon = await app.salon()
  const { items, meena } = await salonWithMenu(salon)
  const id = (name: string) => items.get(name) ?? ''
  const sarah = salon.ids.staff
  const priya = await salon.addCustomer(PRIYA)
  const karan = await salon.addCustomer({ first_name: 'Karan', last_name: 'Mehta', phone: '98765 43211' })
  const line = (name: string, unit_price: number, stylist?: string, quantity = 1) => ({ name, unit_price, quantity, menu_item_id: id(name), ...(stylist ? { stylist_id: stylist } : {}) })
  // October: Priya's first visit.
  await jumpTo(salon, app.clock, '2026-10-12T06:00:00.000Z')
  await must(salon.owner, 'bills.post', { customer_id: priya.id, items: [line('Haircut', 60_000, sarah)] })
  // November: Priya comes back, Karan is new, a walk-in.
  await jumpTo(salon, app.clock, '2026-11-24T06:00:00.000Z')
  await must(salon.owner, 'bills.post', { customer_id: priya.id, items: [line('Haircut', 60_000, sarah), line('Hair spa', 120_000, meena), line('Argan shampoo 250 ml', 45_000)], discount: 10_000 })
  await must(salon.owner, 'bills.post', { customer_id: karan.id, items: [line('Fruit facial', 150_000, meena), line('Threading', 8_000, sarah, 2)] })
  await must(salon.owner, 'bills.post', { customer_name: 'Anjali', items: [line('Gel manicure', 90_000, sarah)] })

  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/analytics')
  await page.getByRole('link', { name: 'Stylists this month' }).click()
  await expect(page.getByRole('heading', { name: 'Stylists' })).toBeVisible()
  const rows = page.locator('.stylist-table tbody tr')
  // The ₹100 discount spread pro rata: ₹26.66 on the haircut, ₹53.34 on the spa (the leftover paisa), ₹20 on the shampoo.
  // Meena: 1,200 − 53.34 + 1,500 over 2 bills; Sarah: 600 − 26.66 + 2 × 80 + 900 over 3 bills.
  await expect(rows.filter({ hasText: 'Meena Iyer' })).toContainText('2₹2,646.66₹1,323.33')
  await expect(rows.filter({ hasText: 'Sarah Thomas' })).toContainText('4₹1,633.34₹544.45')
  await expect(rows.filter({ hasText: 'Sarah Thomas' })).toContainText('50% (1 of 2)')

  await page.getByRole('button', { name: 'Commission for Sarah Thomas: 0%' }).click()
  const dialog = page.getByRole('dialog', { name: 'Commission for Sarah Thomas' })
  await dialog.getByLabel('Commission (%)').fill('10')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(rows.filter({ hasText: 'Sarah Thomas' })).toContainText('10%₹163.33')
  await expect(page.getByRole('button', { name: 'Commission for Sarah Thomas: 10%' })).toBeVisible()
  await app.screenshot('32-stylist-report')

  // Sarah at the queue: her own day, and nothing of any customer.
  const staff = await app.newPage()
  await app.openAs('staff', staff)
  const mine = staff.page.getByRole('status', { name: 'Your day' })
  await expect(mine).toContainText('Your day: 4 services')
  await expect(mine).toContainText('Haircut, Threading ×2, Gel manicure')
  await expect(staff.page.locator('body')).not.toContainText('Karan')
  await expect(staff.page.locator('body')).not.toContainText('Anjali')
})

test('a kept draft holds each line’s menu item and stylist; drafts from before the menu still read (in Node)', () => {
  const MENU_ID = '01ARZ3NDEKTSV4RRFFQ69G5FB2'
  const STYLIST = '01ARZ3NDEKTSV4RRFFQ69G5FB3'
  const kept = { items: [{ name: 'Haircut', price: '600', quantity: '1', menuItemId: MENU_ID, stylistId: STYLIST }, { name: 'Bridal trial', price: '2500', quantity: '1' }], discount: '', payments: [{ method: 'cash', amount: '' }], paymentEdited: false, guestName: '', guestPhone: '' }
  const body = readBillBody(JSON.parse(JSON.stringify(kept)))
  expect(body?.items).toEqual(kept.items)
  const lines = readLines(body?.items.map((item, key) => ({ key, ...item })) ?? [], '')
  expect(lines.ok && lines.input.items).toEqual([
    { name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: MENU_ID, stylist_id: STYLIST },
    { name: 'Bridal trial', unit_price: 250_000, quantity: 1 },
  ])
  const old = { ...kept, items: [{ name: 'Haircut', price: '600', quantity: '1' }] }
  expect(readBillBody(old)?.items).toEqual([{ name: 'Haircut', price: '600', quantity: '1' }])
})
