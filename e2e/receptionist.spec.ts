import { expect, test } from './fixtures'
import { must, PRIYA } from './support/salon'
import { fillBillItems, openCustomer, pageText, receptionistOnCustomer, searchFor } from './support/ui'

test.describe('receptionist at the counter', () => {
  test('finds a customer by name, by a phone in another format and by its last 4 digits, from the keyboard', async ({ app }) => {
    const salon = await app.salon()
    await salon.addCustomer(PRIYA)
    await salon.addCustomer({ first_name: 'Priyanka', last_name: 'Iyer', phone: '99887 76655' })
    await salon.addCustomer({ first_name: 'Rahul', last_name: 'Verma', phone: '91234 50000' })
    await app.openAs('receptionist')
    const { page } = app
    const search = page.getByRole('combobox', { name: 'Find a customer' })
    await expect(search).toBeFocused()
    const options = page.getByRole('listbox', { name: 'Matching customers' }).getByRole('option')

    await page.keyboard.type('priya')
    await expect(options).toHaveCount(2)
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')

    await search.fill('+91-98765-43210')
    await expect(options).toHaveCount(1)
    await expect(options.first()).toContainText('Priya Sharma')
    // A list shows the phone masked to its last 4 digits; the whole number is on the customer's page.
    await expect(options.first()).toContainText('+91 ••••• •3210')
    await expect(options.first()).not.toContainText('98765')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
    await expect(page.getByText('+91 98765 43210').first()).toBeVisible()
    await page.keyboard.press('Alt+S')

    await search.fill('6655')
    await expect(options).toHaveCount(1)
    await expect(options.first()).toContainText('Priyanka Iyer')

    // Arrow keys and Enter open a customer.
    await search.fill('pri')
    await expect(options).toHaveCount(2)
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    const second = (await options.nth(1).locator('.result-name').textContent()) ?? ''
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(second)

    // A full phone nobody has: the counter offers to create a customer with it.
    await page.keyboard.press('Alt+S')
    await searchFor(page, '070000 12345')
    await expect(page.getByText('No customer matches the mobile +91 70000 12345.')).toBeVisible()
    await expect(page.getByRole('button', { name: /Create a customer with \+91 70000 12345/ })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible()
    await expect(page.getByLabel('Phone')).toHaveValue('+91 70000 12345')
  })

  test('a new customer with a phone someone already has gets a link to them', async ({ app }) => {
    const salon = await app.salon()
    await salon.addCustomer(PRIYA)
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+N')
    await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible()
    await page.getByLabel('First name').fill('Priya')
    await page.getByLabel('Last name').fill('S')
    await page.getByLabel('Phone').fill('+91 98765 43210')
    await page.getByLabel('Email (optional)').fill('not an email')
    await page.getByRole('button', { name: 'Add customer' }).click()
    // The core's field errors appear next to their fields.
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible()
    await page.getByLabel('Email (optional)').fill('')
    await page.keyboard.press('Enter')
    await expect(page.getByText('This phone number already belongs to Priya Sharma.')).toBeVisible()
    await expect(page.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true')
    await page.getByRole('link', { name: 'Open Priya Sharma' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
  })

  test('notes are saved in place and are there after a reload; a failed save keeps the text', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    await app.openAs('receptionist')
    const { page } = app
    await searchFor(page, '3210')
    await page.getByRole('option', { name: /Priya Sharma/ }).click()

    const notes = page.getByRole('textbox', { name: 'Notes' })
    const state = page.locator('#notes-state')
    await notes.fill('Prefers Sarah for haircuts. Ammonia-free colour only.')
    await expect(state).toHaveText('Unsaved changes…')
    await page.keyboard.press('Control+Enter')
    await expect(state).toHaveText('Saved.')

    await page.reload()
    await expect(notes).toHaveValue('Prefers Sarah for haircuts. Ammonia-free colour only.')

    // The owner deletes her in another window while the receptionist types: the save fails
    // visibly, the text stays, and Retry saves it once she is restored.
    await notes.fill('Prefers Sarah. Patch test before any colour.')
    await salon.owner.invoke('customers.delete', { id: priya.id })
    await page.keyboard.press('Control+Enter')
    await expect(state).toContainText('Not saved.')
    await expect(state).toContainText('Your text is still here.')
    await expect(notes).toHaveValue('Prefers Sarah. Patch test before any colour.')
    await salon.owner.invoke('customers.restore', { id: priya.id })
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(state).toHaveText('Saved.')
    const saved = await salon.owner.invoke('customers.get', { id: priya.id })
    expect(saved).toMatchObject({ ok: true, value: { notes: 'Prefers Sarah. Patch test before any colour.' } })
  })

  test('posts a bill: the core prices it, visits and ₹ spend change, and the bill is in the history', async ({ app }) => {
    const { salon, page } = await receptionistOnCustomer(app)
    await expect(page.getByTestId('stat-visits')).toContainText('0')
    await expect(page.getByTestId('stat-spent')).toContainText('₹0.00')

    await page.keyboard.press('Alt+B')
    await expect(page.getByRole('heading', { name: 'Bill for Priya Sharma' })).toBeVisible()
    await fillBillItems(page, [
      { name: 'Haircut', price: '650' },
      { name: 'Threading', price: '1,234.56', quantity: '3' },
    ])
    // 650 + 3 × 1,234.56 = 4,353.68; GST 5% as the core computes it; rounded to the rupee.
    const totals = page.locator('.totals')
    await expect(totals).toContainText('₹4,353.68')
    await expect(totals.locator('.totals-grand')).toHaveText(/₹4,571\.00/)
    const preview = app.received.filter((envelope) => envelope.method === 'bills.preview').at(-1)
    expect(preview?.input).toEqual({
      items: [
        { name: 'Haircut', unit_price: 65000, quantity: 1 },
        { name: 'Threading', unit_price: 123456, quantity: 3 },
      ],
    })
    expect(preview?.result).toMatchObject({ ok: true, value: { subtotal: 435368, cgst: 10884, sgst: 10884, rounded_total: 457100 } })

    // The payment must add up: split it between UPI and cash.
    await page.getByLabel('Payment 1 method').selectOption('upi')
    await page.getByLabel('Payment 1 amount in rupees').fill('4000')
    await expect(page.getByText('₹571.00 still to pay')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Post bill' })).toBeDisabled()
    await page.getByRole('button', { name: 'Split payment' }).click()
    await expect(page.getByLabel('Payment 2 amount in rupees')).toHaveValue('571')
    await expect(page.getByText('Adds up')).toBeVisible()
    await page.keyboard.press('Control+Enter')

    await expect(page.getByText('Posted. Their visits and spend are updated.')).toBeVisible()
    const invoice = (await page.locator('.invoice-meta strong').textContent()) ?? ''
    expect(invoice).toMatch(/^SAL-26-\d{4}$/)
    // The bill keeps the GST rate it was taxed at, whatever the salon's setting says later.
    const invoiceTotals = page.locator('.invoice-totals')
    await expect(invoiceTotals).toContainText('CGST 2.5%')
    await must(salon.owner, 'settings.update', { gst_rate_bp: 1800 })
    await page.reload()
    await expect(invoiceTotals).toContainText('CGST 2.5%')
    await expect(invoiceTotals).toContainText('SGST 2.5%')
    await page.getByRole('link', { name: 'Priya Sharma' }).first().click()
    await expect(page.getByTestId('stat-visits')).toContainText('1')
    await expect(page.getByTestId('stat-spent')).toContainText('₹4,571.00')
    await expect(page.getByTestId('stat-last-visit')).toContainText('today')
    const history = page.getByRole('region', { name: 'History' })
    await expect(history.getByRole('link', { name: `Bill ${invoice}` })).toBeVisible()
    await expect(history).toContainText('Haircut, Threading ×3')
    await expect(history).toContainText('Paid by UPI + Cash')

    // The day's bills list it, with its payment methods.
    await page.keyboard.press('Alt+D')
    const row = page.getByRole('row', { name: new RegExp(invoice) })
    await expect(row).toContainText('Priya Sharma')
    await expect(row).toContainText('UPI + Cash')
    await expect(row).toContainText('₹4,571.00')
  })

  test('books an appointment at a wall-clock time in the salon’s zone, whatever the machine’s zone', async ({ app }) => {
    const { customer: priya, page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+P')
    const dialog = page.getByRole('dialog', { name: 'Book an appointment for Priya Sharma' })
    // Today in Kolkata (the browser itself runs in Los Angeles, where it is still the 23rd).
    await expect(dialog.getByLabel('Date')).toHaveValue('24/11/2026')
    await dialog.getByLabel('Date').fill('25/11/2026')
    await dialog.getByLabel('Time').fill('15:30')
    await dialog.getByLabel('Duration').selectOption('60')
    await dialog.getByLabel('Service (optional)').fill('Hair colour')
    await dialog.getByRole('button', { name: 'Book' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Booked Priya for 25 Nov 2026: ticket TKT-261125-001.' })).toBeVisible()
    const sent = app.received.find((envelope) => envelope.method === 'appointments.create')
    expect(sent?.input).toEqual({ customer_id: priya.id, scheduled_at: '2026-11-25T15:30:00+05:30', duration_minutes: 60, service: 'Hair colour' })
    await expect(page.getByRole('region', { name: 'History' })).toContainText('for 25 Nov 2026, 3:30 pm')
  })

  test('adds a walk-in to the queue and sees its ticket', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+W')
    const dialog = page.getByRole('dialog', { name: 'Add Priya Sharma to the queue' })
    await dialog.getByLabel('Service (optional)').fill('Hair spa')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Priya is in the queue: ticket TKT-261124-001.' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'History' })).toContainText('Walk-in')
    await expect(page.getByRole('region', { name: 'History' })).toContainText('TKT-261124-001')

    await page.keyboard.press('Alt+Q')
    const waiting = page.getByRole('region', { name: 'Waiting' })
    await expect(waiting.getByRole('listitem')).toHaveCount(1)
    await expect(waiting).toContainText('001')
    await expect(waiting).toContainText('Priya Sharma')
    await expect(waiting).toContainText('Hair spa')

    // An anonymous walk-in from the counter.
    await page.keyboard.press('Alt+S')
    await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()
    await page.keyboard.press('Alt+W')
    await page.getByRole('dialog', { name: 'Add a walk-in' }).getByLabel('Name').fill('Kabir')
    await page.getByRole('dialog', { name: 'Add a walk-in' }).getByLabel('Service (optional)').fill('Beard trim')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Ticket TKT-261124-002 added to the queue.' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Today' })).toContainText('Kabir')
    expect(await pageText(page)).toContain('TKT-261124-002')
  })

  test('edits a customer: changes show at once, a cleared field is removed', async ({ app }) => {
    const { salon, customer: priya, page } = await receptionistOnCustomer(app, { ...PRIYA, email: 'old@example.in' })
    await page.keyboard.press('Alt+E')
    await expect(page.getByRole('heading', { name: 'Edit Priya Sharma' })).toBeVisible()
    await expect(page.getByLabel('Phone')).toHaveValue('+91 98765 43210')
    await page.getByLabel('Last name').fill('Sharma-Iyer')
    await page.getByLabel('Email (optional)').fill('')
    await page.getByLabel('Birthday (optional)').fill('27/11/1991')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma-Iyer')
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible()
    await expect(page.getByText('Birthday in 3 days')).toBeVisible()
    const sent = app.received.find((envelope) => envelope.method === 'customers.update')
    // Only what changed; the cleared email is null, the untouched phone is not sent. The form's
    // draft ends with the save, in the same transaction.
    expect(sent?.input).toEqual({ id: priya.id, last_name: 'Sharma-Iyer', email: null, date_of_birth: '1991-11-27', draft_key: `customer:${priya.id}:edit` })
    expect(await must(salon.owner, 'customers.get', { id: priya.id })).toMatchObject({ email: null, last_name: 'Sharma-Iyer' })
  })

  test('an anonymous bill with just a name and a phone creates no customer', async ({ app }) => {
    await app.salon({ gst_registered: false })
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+B')
    await expect(page.getByRole('heading', { name: 'New bill' })).toBeVisible()
    await expect(page.getByText('Not registered under GST: plain receipts, no GST')).toBeVisible()
    await fillBillItems(page, [{ name: 'Threading', price: '60.50' }])
    await expect(page.locator('.totals-grand')).toHaveText(/₹61\.00/)
    await expect(page.locator('.totals')).not.toContainText('CGST')
    await expect(page.getByRole('button', { name: 'Post bill' })).toBeDisabled()
    await page.getByLabel('Name on the bill').fill('Kabir Singh')
    await page.getByLabel('Phone (optional)').fill('12')
    await page.getByRole('button', { name: 'Post bill' }).click()
    // The core checks the phone and says so next to it.
    await expect(page.locator('.field-error').filter({ hasText: 'An Indian mobile number has 10 digits; this has 2.' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveText('Please check the highlighted fields.')
    await page.getByLabel('Phone (optional)').fill('91234 56789')
    await page.getByRole('button', { name: 'Post bill' }).click()
    await expect(page.locator('.alert-success')).toContainText('Posted.')
    await expect(page.locator('.invoice-party')).toContainText('Billed to Kabir Singh')
    await expect(page.locator('.invoice-totals')).toContainText('₹0.50')

    await page.keyboard.press('Alt+S')
    await searchFor(page, 'kabir')
    await expect(page.getByText('No customer matches the name “kabir”.')).toBeVisible()
  })

  test('the history loads more as it scrolls, newest first, until everything is shown', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    for (let visit = 1; visit <= 25; visit++) {
      app.clock.advance(60_000)
      await salon.postBill(priya.id, [{ name: `Service ${visit}`, rupees: 100 * visit }])
    }
    await app.openAs('receptionist')
    const { page } = app
    await openCustomer(page, priya)
    const history = page.getByRole('region', { name: 'History' })
    const entries = history.getByRole('listitem')
    await expect(entries.first()).toContainText('Service 25')
    await expect(page.getByTestId('stat-visits')).toContainText('25')
    await expect(entries).toHaveCount(20)
    // Scrolling to the end of the list loads the next page (no button press needed).
    await history.locator('.timeline-more').scrollIntoViewIfNeeded()
    await expect(entries).toHaveCount(25)
    await expect(entries.last()).toContainText('Service 1')
    await expect(history.getByText('That is everything.')).toBeVisible()
    const pages = app.received.filter((envelope) => envelope.method === 'customers.history')
    expect(pages.map((envelope) => (envelope.input as { before?: string }).before === undefined)).toEqual([true, false])
  })
})
