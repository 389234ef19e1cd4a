import { expect, test } from './fixtures'
import { jumpTo, NAMES, PINS, PRIYA } from './support/salon'
import { goTo } from './support/ui'
import { must } from '../test/helpers/must'

test('the audit log names what was touched and filters by person, kind of action and dates typed day first', async ({ app }) => {
  const salon = await app.salon()
  const priya = await salon.addCustomer(PRIYA)
  // Ravi posts a bill at the counter on the 22nd; the owner refunds it today (the 24th).
  await jumpTo(salon, app.clock, '2026-11-22T06:00:00.000Z')
  const ravi = app.core.connect()
  await must(ravi, 'session.login', { user_id: salon.ids.receptionist, pin: PINS.receptionist })
  const bill = await must(ravi, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 65_000, quantity: 1 }] })
  await jumpTo(salon, app.clock, '2026-11-24T05:00:00.000Z')
  await must(salon.owner, 'bills.refund', { bill_id: bill.id, reason: 'Colour not as asked' })

  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/audit')
  const log = page.getByRole('table')
  const posted = log.getByRole('row').filter({ hasText: 'Posted a bill' })
  await expect(posted).toContainText(`Bill ${bill.invoice_number}`)
  await expect(posted).toContainText(NAMES.receptionist)
  await expect(posted.getByRole('link', { name: 'Priya Sharma' })).toBeVisible()
  await expect(log.getByRole('row').filter({ hasText: 'Refunded a bill' })).toContainText(`Bill ${bill.invoice_number}`)

  // Who: Ravi only.
  await page.getByLabel('Who').selectOption({ label: NAMES.receptionist })
  await expect(log.getByRole('row').filter({ hasText: 'Refunded a bill' })).toHaveCount(0)
  await expect(log.getByRole('row').filter({ hasText: 'Posted a bill' })).toHaveCount(1)
  await page.getByLabel('Who').selectOption({ label: 'Everyone' })

  // What: bills only; then dates typed day first, whatever the browser's locale.
  await page.getByLabel('What').selectOption({ label: 'Bills and refunds' })
  await expect(log.getByRole('row')).toHaveCount(3) // header, posted, refunded
  const from = page.getByLabel('From')
  await from.fill('23/11/2026')
  await from.blur()
  await expect(log.getByRole('row')).toHaveCount(2)
  await expect(log.getByRole('row').nth(1)).toContainText('Refunded a bill')
  await from.fill('31/02/2026')
  await from.blur()
  await expect(page.getByText('That date does not exist.')).toBeVisible()
  await expect(from).toHaveValue('31/02/2026') // what was typed stays, to be corrected
  await page.getByRole('button', { name: 'Show everything' }).click()
  await expect(log.getByRole('row').filter({ hasText: 'Set up the salon' })).toHaveCount(1)
})
