import { expect, test } from './fixtures'
import { PRIYA } from './support/salon'
import { goTo, logIn, openCustomer, receptionistOnCustomer, searchFor } from './support/ui'

/**
 * The counter never fights the keyboard: a dialog opened by a shortcut takes the typing in its
 * first field, Alt+S puts the digits typed next into the search box, the counter's Enter and
 * Alt+N agree with its button, and a refused form puts the cursor on the first field in error.
 */

test.describe('dialogs opened by a shortcut focus their first field', () => {
  test('walk-in (Alt+W): “Kabir”, Tab, “Beard trim”, Enter makes Kabir’s walk-in for a beard trim', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+W')
    const dialog = page.getByRole('dialog', { name: 'Add a walk-in' })
    await expect(dialog.getByLabel('Name')).toBeFocused()
    await page.keyboard.type('Kabir')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Beard trim')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Ticket TKT-261124-001 added to the queue.' })).toBeVisible()
    const sent = app.received.find((envelope) => envelope.method === 'walkins.create')
    expect(sent?.input).toEqual({ customer_name: 'Kabir', service: 'Beard trim' })
  })

  test('a customer’s walk-in (Alt+W) and booking (Alt+P)', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+W')
    await expect(page.getByRole('dialog', { name: 'Add Priya Sharma to the queue' }).getByLabel('Service (optional)')).toBeFocused()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Alt+P')
    await expect(page.getByRole('dialog', { name: 'Book an appointment for Priya Sharma' }).getByLabel('Date')).toBeFocused()
  })

  test('the owner’s refund, delete and erase', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    const bill = await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
    await app.openAs('owner')
    const { page } = app
    await goTo(page, `/bills/${bill.id}`)
    await page.getByRole('button', { name: 'Refund' }).click()
    await expect(page.getByRole('dialog', { name: `Refund ${bill.invoice_number}` }).getByLabel('Reason')).toBeFocused()
    await page.keyboard.press('Escape')
    await openCustomer(page, priya)
    await page.getByRole('button', { name: 'More' }).click()
    await page.getByRole('menuitem', { name: /^Delete/ }).click()
    // A question with no field: the safe answer has the focus.
    await expect(page.getByRole('dialog', { name: 'Delete Priya Sharma?' }).getByRole('button', { name: 'Keep' })).toBeFocused()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'More' }).click()
    await page.getByRole('menuitem', { name: /^Erase/ }).click()
    await expect(page.getByRole('dialog', { name: 'Erase Priya Sharma for good?' }).getByLabel('Why (kept on the record)')).toBeFocused()
  })
})

test.describe('Alt+S', () => {
  test('right after login it focuses the counter’s search box, and the digits typed next land there', async ({ app }) => {
    const salon = await app.salon()
    await salon.addCustomer(PRIYA)
    await app.openAs('receptionist')
    const { page } = app
    const search = page.getByRole('combobox', { name: 'Find a customer' })
    // Somewhere else on the counter first (the main region), as after a click.
    await page.locator('#main').focus()
    await page.keyboard.press('Alt+S')
    await page.keyboard.type('3210')
    await expect(search).toBeFocused()
    await expect(search).toHaveValue('3210')
    await expect(page.getByRole('option', { name: /Priya Sharma/ })).toBeVisible()
    await expect(page).toHaveURL(/#\/$/)
  })

  test('from another screen it goes to the counter with the search box ready for the digits typed next', async ({ app }) => {
    const salon = await app.salon()
    await salon.addCustomer(PRIYA)
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+D')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bills')
    await page.keyboard.press('Alt+S')
    await page.keyboard.type('3210')
    await expect(page.getByRole('combobox', { name: 'Find a customer' })).toHaveValue('3210')
    await expect(page.getByRole('option', { name: /Priya Sharma/ })).toBeVisible()
  })

  test('one list of shortcuts: the sidebar shows each the shell answers, once', async ({ app }) => {
    await app.salon()
    await app.openAs('owner')
    const nav = app.page.getByRole('navigation', { name: 'Main' })
    const shortcuts = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-keyshortcuts')))
    expect(shortcuts).toEqual(['Alt+S', 'Alt+B', 'Alt+Q', 'Alt+K', 'Alt+D', 'Alt+C', 'Alt+A', 'Alt+M'])
    // Each one does what the sidebar says.
    for (const [combo, heading] of [
      ['Alt+A', 'Analytics'],
      ['Alt+K', 'Appointment book'],
      ['Alt+D', 'Bills'],
      ['Alt+C', 'Close the day'],
      ['Alt+B', 'New bill'],
      ['Alt+S', 'Counter'],
    ] as const) {
      await app.page.keyboard.press(combo)
      await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(heading)
    }
  })
})

test.describe('a name search that finds nobody', () => {
  for (const key of ['Alt+N', 'Enter']) {
    test(`${key} opens the New customer form with the typed name, like the button`, async ({ app }) => {
      const salon = await app.salon()
      await salon.addCustomer(PRIYA)
      await app.openAs('receptionist')
      const { page } = app
      await searchFor(page, 'Anita')
      await expect(page.getByText('No customer matches the name “Anita”.')).toBeVisible()
      await expect(page.getByRole('link', { name: 'New customer' }).last()).toHaveAttribute('href', '#/customers/new?name=Anita')
      await page.keyboard.press(key)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('New customer')
      await expect(page.getByLabel('First name')).toHaveValue('Anita')
      // The name is in: the cursor waits in the phone field.
      await expect(page.getByLabel('Phone')).toBeFocused()
    })
  }
})

test.describe('Ctrl+Enter on a form with errors moves the focus to the first field in error', () => {
  test('a walk-in bill with no name: the cursor leaves the price for the name', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+B')
    await page.getByLabel('Item 1 name').fill('Haircut')
    await page.getByLabel('Item 1 price in rupees').fill('650')
    await expect(page.locator('.totals-grand')).toContainText('₹683.00')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByText('Enter a name for the bill.')).toBeVisible()
    await expect(page.getByLabel('Name on the bill')).toBeFocused()
    expect(app.received.some((envelope) => envelope.method === 'bills.post')).toBe(false)
  })

  test('the customer form, refused by the core: the first field it names', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+N')
    await page.getByLabel('First name').fill('Kabir')
    await page.getByLabel('Email (optional)').fill('not an email')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Phone')).toBeFocused()
  })

  test('a dialog: the walk-in with no name', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+W')
    const dialog = page.getByRole('dialog', { name: 'Add a walk-in' })
    await dialog.getByLabel('Service (optional)').fill('Threading')
    await page.keyboard.press('Control+Enter')
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByLabel('Name')).toBeFocused()
  })

  test('the owner’s refund with no reason', async ({ app }) => {
    const salon = await app.salon()
    const bill = await salon.postBill(null, [{ name: 'Haircut', rupees: 650 }], { customer_name: 'Kabir' })
    await app.openAs('owner')
    await goTo(app.page, `/bills/${bill.id}`)
    await app.page.getByRole('button', { name: 'Refund' }).click()
    const reason = app.page.getByRole('dialog').getByLabel('Reason')
    await app.page.keyboard.press('Tab')
    await app.page.keyboard.press('Control+Enter')
    await expect(app.page.getByText('Say why the bill is refunded.')).toBeVisible()
    await expect(reason).toBeFocused()
  })
})

test('a screen’s own shortcut wins over the shell’s: Alt+B on a customer’s page bills that customer', async ({ app }) => {
  const { page } = await receptionistOnCustomer(app)
  await page.keyboard.press('Alt+B')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bill for Priya Sharma')
  await page.keyboard.press('Alt+L')
  await logIn(page, 'receptionist')
  await expect(page.getByRole('combobox', { name: 'Find a customer' })).toBeFocused()
})
