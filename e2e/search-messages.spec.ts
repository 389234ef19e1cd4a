import { expect, test } from './fixtures'
import { PINS } from './support/salon'
import { goTo, searchFor } from './support/ui'

// The counter's search says what it understood, as the core reads it (one phone rule, in the core).
test('the search says what it understood as a phone is typed, and offers a new customer only for a real mobile', async ({ app }) => {
  await app.salon()
  await app.openAs('receptionist')
  const { page } = app
  const box = page.getByRole('combobox', { name: 'Find a customer' })
  const empty = page.locator('.search-empty')

  // Digit by digit: at four digits the last 4 of a phone, then what to type for a whole number.
  await box.focus()
  await page.keyboard.type('9820')
  await expect(empty).toContainText('No customer matches the last 4 digits 9820.')
  await expect(empty).toContainText('To find one number, type all 10 digits.')
  await page.keyboard.type('0')
  await expect(empty).toContainText('No customer matches 5 digits of a phone.')
  await expect(empty).toContainText('Type the whole mobile number (10 digits), or only its last 4 digits.')
  await expect(empty.getByRole('button', { name: /Create a customer/ })).toHaveCount(0)

  // Ten digits that no Indian mobile has: why, and no offer to create a customer with them.
  for (const digits of ['5555555555', '1234567890', '0000000000']) {
    await searchFor(page, digits)
    await expect(empty).toContainText('Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.')
    await expect(empty.getByRole('button', { name: /Create a customer/ })).toHaveCount(0)
  }
  await searchFor(page, '98765432101')
  await expect(empty).toContainText('An Indian mobile number has 10 digits; this has 11.')
  await expect(empty.getByRole('button', { name: /Create a customer/ })).toHaveCount(0)

  // A real mobile: offered, and the form opens with it.
  await searchFor(page, '98200 12345')
  await expect(empty).toContainText('No customer matches the mobile +91 98200 12345.')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible()
  await expect(page.getByLabel('Phone')).toHaveValue('+91 98200 12345')

  // The form's refusal says why, in the same words as the search.
  await page.getByLabel('Phone').fill('5555555555')
  await page.getByLabel('First name').fill('Kavya')
  await page.getByRole('button', { name: 'Add customer' }).click()
  await expect(page.getByText('Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.')).toBeVisible()
})

test('a PIN another person already has is refused, without saying whose', async ({ app }) => {
  await app.salon()
  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/users')
  await page.getByLabel('Name').fill('Meena Iyer')
  await page.getByLabel('Role').selectOption('staff')
  await page.getByLabel('PIN', { exact: true }).fill(PINS.receptionist)
  await page.getByLabel('PIN again').fill(PINS.receptionist)
  await page.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByText('This PIN is already in use. Choose another one.').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Team' })).not.toContainText('Meena Iyer')
  await page.getByLabel('PIN', { exact: true }).fill('615243')
  await page.getByLabel('PIN again').fill('615243')
  await page.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('region', { name: 'Team' })).toContainText('Meena Iyer')
})
