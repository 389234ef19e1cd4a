import { expect, test } from './fixtures'
import { must, PRIYA } from './support/salon'
import { goTo } from './support/ui'

// A browser set to US English, on a machine in California: dates must still read and type day first.
test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' })

test('dates are shown and typed day first (dd/mm/yyyy), whatever the browser’s locale', async ({ app }) => {
  const salon = await app.salon()
  await salon.postBill(null, [{ name: 'Haircut', rupees: 650 }])
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, '/bills')
  const day = page.getByRole('textbox', { name: 'Day' })
  await expect(day).toHaveValue('24/11/2026')
  await expect(page.getByRole('table')).toContainText('Walk-in')
  await day.fill('23/11/2026')
  await expect(page).toHaveURL(/#\/bills\?date=2026-11-23$/)
  await expect(page.getByText('No bills on this day.')).toBeVisible()
  await day.fill('24.11.26')
  await expect(page).toHaveURL(/#\/bills\?date=2026-11-24$/)
  await day.fill('13/24/2026') // a month-first date is not a date here
  await day.blur()
  await expect(day).toHaveAttribute('aria-invalid', 'true')
  await expect(day).toHaveAttribute('title', 'That date does not exist.')
  await expect(page).toHaveURL(/#\/bills\?date=2026-11-24$/)
})

test('a birthday is shown and typed day first on the customer form, whatever the browser’s locale', async ({ app }) => {
  const salon = await app.salon()
  const priya = await salon.addCustomer({ ...PRIYA, date_of_birth: '1991-11-27' })
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, `/customers/${priya.id}/edit`)
  const birthday = page.getByLabel('Birthday (optional)')
  await expect(birthday).toHaveValue('27/11/1991')
  await birthday.fill('03/02/1990') // 3 February, not 2 March
  await page.getByRole('button', { name: /Save/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya')
  expect((await must(salon.owner, 'customers.get', { id: priya.id })).date_of_birth).toBe('1990-02-03')
})
