import { expect, test } from './fixtures'
import { PINS, PRIYA } from './support/salon'
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

// Issue 13 item 4: a window running through every last-4 as fast as the core answers is paused.
test('a window searching far faster than anyone types is paused: the counter says so calmly, and the owner is told', async ({ app }) => {
  const salon = await app.salon()
  await salon.addCustomer(PRIYA)
  await app.openAs('receptionist')
  const { page } = app
  // A script in the receptionist's window (as from devtools), through the same bridge the screens use.
  const codes = await page.evaluate(async () => {
    const pos = (globalThis as unknown as { pos: { invoke(method: string, input: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).pos
    const answers: string[] = []
    for (let i = 0; i < 150; i++) {
      const answer = await pos.invoke('customers.search', { query: String(i).padStart(4, '0') })
      answers.push(answer.ok ? 'ok' : (answer.error?.code ?? '?'))
    }
    return answers
  })
  expect(codes.filter((code) => code === 'ok')).toHaveLength(100)
  expect(new Set(codes.slice(100))).toEqual(new Set(['RATE_LIMITED']))

  // The search box says it plainly, as a wait rather than a failure.
  await searchFor(page, 'priya')
  const paused = page.locator('.search-paused')
  await expect(paused).toContainText('Too many searches, too fast')
  await expect(paused).toContainText('paused for 30 seconds')
  await expect(page.locator('.search-results .state-error')).toHaveCount(0)
  await app.screenshot('60-counter-search-paused')

  // After the pause (the core's clock) the same box finds her again, her phone masked.
  await app.advance(30_000)
  await searchFor(page, 'priy')
  await expect(page.getByRole('option', { name: /Priya Sharma/ })).toContainText('+91 ••••• •3210')

  // The owner is told: on the home screen, and above the audit log with a way to see Ravi's activity.
  const owner = await app.newPage()
  await app.openAs('owner', owner)
  const reminder = owner.page.locator('.security-reminder')
  await expect(reminder).toContainText('Ravi Kumar searched customers far faster than anyone types')
  await app.screenshot('62-owner-home-security-notice', owner.page)
  await reminder.getByRole('link', { name: 'See the audit log' }).click()
  const notices = owner.page.getByRole('region', { name: 'Security notices from the last 7 days' })
  await expect(notices).toContainText('Ravi Kumar searched customers far faster than anyone types')
  await app.screenshot('61-owner-security-notices', owner.page)
  await notices.getByRole('button', { name: 'Show Ravi Kumar’s activity' }).click()
  await expect(owner.page.getByRole('cell', { name: /Searching paused: far faster than anyone types/ })).toBeVisible()
  await expect(owner.page.getByRole('cell', { name: /Searched by the last 4 digits of a phone/ }).first()).toBeVisible()
})
