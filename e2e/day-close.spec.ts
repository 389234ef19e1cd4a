import { expect, test } from './fixtures'
import { jumpTo } from './support/salon'
import { goTo } from './support/ui'

test('closing the day: takings by payment method, the drawer counted note by note, a shortfall explained; flagged the next morning when left open', async ({ app }) => {
  const salon = await app.salon()
  // Monday: two bills, nobody closes the day.
  await jumpTo(salon, app.clock, '2026-11-23T06:00:00.000Z')
  await salon.postBill(null, [{ name: 'Haircut', rupees: 650 }])
  await salon.postBill(null, [{ name: 'Hair spa', rupees: 1400 }], { payments: [{ method: 'upi', amount: 147_000 }] })
  // Tuesday 10:30: the counter says Monday is open.
  await jumpTo(salon, app.clock, '2026-11-24T05:00:00.000Z')
  await app.openAs('receptionist')
  const { page } = app
  const reminder = page.getByRole('status').filter({ hasText: 'Mon, 23 Nov was not closed.' })
  await expect(reminder).toBeVisible()
  await reminder.getByRole('link', { name: 'Close it now' }).click()

  await expect(page.getByRole('heading', { name: 'Close the day' })).toBeVisible()
  const takings = page.getByRole('table', { name: 'Takings by payment method' })
  await expect(takings.getByRole('row', { name: /^Cash/ })).toContainText('₹683.00')
  await expect(takings.getByRole('row', { name: /^UPI/ })).toContainText('₹1,470.00')
  await expect(takings.getByRole('row', { name: /2 bills, 0 refunds/ })).toContainText('₹2,153.00')

  await page.getByLabel('Float at opening (₹)').fill('2000')
  await expect(page.getByText('Expected in the drawer: ₹2,683.00')).toBeVisible()
  await page.getByText('Note by note').click()
  await page.getByLabel('₹500 notes').fill('5')
  await page.getByLabel('₹100 notes').fill('1')
  await page.getByLabel('₹50 notes').fill('1')
  await page.getByLabel('₹20 notes').fill('1')
  await expect(page.getByText('₹13.00 short.')).toBeVisible()
  await page.getByRole('button', { name: 'Close Mon, 23 Nov' }).click()
  await expect(page.getByText('The cash counted differs from what is expected: say why.')).toBeVisible()
  await page.getByLabel('Why it differs').fill('Change given from the float for a tip')
  await page.getByRole('button', { name: 'Close Mon, 23 Nov' }).click()
  const confirm = page.getByRole('dialog', { name: 'Close Mon, 23 Nov?' })
  await expect(confirm).toContainText('A closed day cannot be changed.')
  await confirm.getByRole('button', { name: 'Close the day' }).click()

  await expect(page.getByRole('heading', { name: 'Day closed: Mon, 23 Nov' })).toBeVisible()
  await expect(page.getByText('Change given from the float for a tip')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Counted note by note' })).toContainText('₹500 × 5')
  await app.screenshot('21-day-closed')

  // Back at the counter, nothing is open any more; today's close starts from Monday's.
  await goTo(page, '/counter')
  await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()
  await expect(page.getByText('was not closed')).toHaveCount(0)
  // From anywhere: the sidebar's "Close the day", Alt+C.
  await expect(page.getByRole('navigation').getByRole('link', { name: /Close the day/ })).toBeVisible()
  await page.keyboard.press('Alt+C')
  await expect(page).toHaveURL(/#\/day-close$/)
  await expect(page.getByRole('table', { name: 'Takings by payment method' }).getByRole('row', { name: /0 bills, 0 refunds/ })).toBeVisible()
  await expect(page.getByLabel('Float at opening (₹)')).toHaveValue('2000')
  await expect(page.getByRole('region', { name: 'Closed days' }).getByRole('link', { name: 'Mon, 23 Nov' })).toBeVisible()
  await app.screenshot('20-day-close')
})
