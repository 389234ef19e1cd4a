import { expect, type Page } from '@playwright/test'
import type { CustomerDetail, Input, Role } from '../../electron/core/contract'
import type { App } from './app'
import { NAMES, PINS, PRIYA, type Salon } from './salon'

/** Logs in through the login screen: the user's tile, then the PIN typed on the keyboard. */
export async function logIn(page: Page, role: Role, pin: string = PINS[role]): Promise<void> {
  const tile = page.getByRole('button', { name: NAMES[role] })
  const pinField = page.getByLabel(role === 'owner' ? 'PIN or passphrase' : 'PIN', { exact: true })
  // The tiles, or the PIN pad straight away when only one user can log in.
  await tile.or(pinField).first().waitFor()
  if (await tile.isVisible()) await tile.click()
  await pinField.fill(pin)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

/** Opens a screen by its address (`/customers/…`, `/admin/backups`) on the app's own origin. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/index.html#${path}`)
}

/** Types into the counter's search box ("Find a customer"), replacing what was there. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a customer' }).fill(text)
}

/** A call straight through the page's `window.pos.invoke`, as from devtools: the envelope the core gives this window. */
export async function invokeInPage(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(([m, i]) => (globalThis as unknown as { pos: { invoke(method: string, input: unknown): Promise<unknown> } }).pos.invoke(m, i), [method, input] as const)
}

/** Opens a customer's page and waits for their name in its heading. */
export async function openCustomer(page: Page, customer: { id: string; full_name: string }): Promise<void> {
  await goTo(page, `/customers/${customer.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(customer.full_name)
}

/** The usual start at the counter: a salon with one customer (Priya Sharma unless given), the receptionist logged in on her page. */
export async function receptionistOnCustomer(app: App, input: Input<'customers.create'> = PRIYA): Promise<{ salon: Salon; customer: CustomerDetail; page: Page }> {
  const salon = await app.salon()
  const customer = await salon.addCustomer(input)
  await app.openAs('receptionist')
  await openCustomer(app.page, customer)
  return { salon, customer, page: app.page }
}

/** Types a new bill's items, rupees as a person types them; Alt+I adds each row after the first. */
export async function fillBillItems(page: Page, items: { name: string; price: string; quantity?: string }[]): Promise<void> {
  for (const [index, item] of items.entries()) {
    const row = index + 1
    if (index > 0) await page.keyboard.press('Alt+I')
    await page.getByLabel(`Item ${row} name`).fill(item.name)
    await page.getByLabel(`Item ${row} price in rupees`).fill(item.price)
    if (item.quantity) await page.getByLabel(`Item ${row} quantity`).fill(item.quantity)
  }
}

/** The text a person could read on the page right now (what a screenshot would show, and more). */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText)
}

/** Everything in the DOM, including attributes and form values a screen reader or devtools could read. */
export async function domDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: { outerHTML: string }; querySelectorAll(selector: string): ArrayLike<{ value: string }> } }).document
    const values = Array.from(doc.querySelectorAll('input, textarea, select')).map((field) => field.value)
    return `${doc.documentElement.outerHTML}\n${values.join('\n')}`
  })
}
