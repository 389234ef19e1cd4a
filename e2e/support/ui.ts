import { expect, type Page } from '@playwright/test'
import type { Role } from '../../electron/core/contract'
import { NAMES, PINS } from './salon'

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
