import type { Page } from '@playwright/test'
import { expect, test, type App } from './fixtures'
import { must, NAMES, PRIYA, type Salon } from './support/salon'
import { readBillBody } from '../renderer/src/screens/bill/bill-body'
import { domDump, fillBillItems, goTo, invokeInPage, logIn, openCustomer, pageText, receptionistOnCustomer, searchFor } from './support/ui'

/**
 * Nothing typed at the counter is ever lost: notes save when their page closes, however it
 * closes; the customer form and the bill being built are kept as drafts (in the core, per user)
 * until posted, saved or discarded on purpose, and come back where they were left.
 */

const NOTE = 'Prefers Sarah for haircuts. Patch test before any colour.'

const notesBox = (page: Page) => page.getByRole('textbox', { name: 'Notes' })

/** What the core holds as her notes (read by the owner's own connection, not the page). */
async function storedNotes(salon: Salon, id: string): Promise<string | null> {
  return (await must(salon.owner, 'customers.get', { id })).notes
}

/** Arrives on Priya's page from the counter's search, as a receptionist does (so Back has somewhere to go). */
async function onPriyaFromSearch(app: App) {
  const salon = await app.salon()
  const priya = await salon.addCustomer(PRIYA)
  await app.openAs('receptionist')
  await searchFor(app.page, 'Sharma')
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
  return { salon, priya }
}

test.describe('notes typed and left at once are saved', () => {
  const ways: { name: string; leave: (page: Page) => Promise<void>; landed: (page: Page) => Promise<void> }[] = [
    { name: 'Alt+B', leave: (page) => page.keyboard.press('Alt+B'), landed: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Bill for Priya Sharma') },
    { name: 'Alt+S', leave: (page) => page.keyboard.press('Alt+S'), landed: (page) => expect(page.getByRole('combobox', { name: 'Find a customer' })).toBeFocused() },
    { name: 'Alt+Q', leave: (page) => page.keyboard.press('Alt+Q'), landed: (page) => expect(page).toHaveURL(/#\/queue$/) },
    { name: 'Alt+E', leave: (page) => page.keyboard.press('Alt+E'), landed: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Priya Sharma') },
    { name: 'Back', leave: async (page) => void (await page.goBack()), landed: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Counter') },
  ]
  for (const way of ways) {
    test(`by ${way.name}: in the core at once, and on her page again after a reload`, async ({ app }) => {
      const { salon, priya } = await onPriyaFromSearch(app)
      await notesBox(app.page).fill(NOTE)
      await way.leave(app.page)
      await way.landed(app.page)
      await expect.poll(() => storedNotes(salon, priya.id)).toBe(NOTE)
      await app.page.reload()
      await openCustomer(app.page, priya)
      await expect(notesBox(app.page)).toHaveValue(NOTE)
      expect(await invokeInPage(app.page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
    })
  }

  test('by Alt+L (lock): saved under the receptionist before the session ends, and nothing of her shows while locked', async ({ app }) => {
    const { salon, priya } = await onPriyaFromSearch(app)
    await notesBox(app.page).fill(NOTE)
    await app.page.keyboard.press('Alt+L')
    await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    for (const trace of ['Priya', 'Sharma', 'Patch test']) {
      expect(await pageText(app.page)).not.toContain(trace)
      expect(await domDump(app.page)).not.toContain(trace)
    }
    expect(await storedNotes(salon, priya.id)).toBe(NOTE)
    // The save went in before the logout, in the receptionist's session.
    const methods = app.received.map((envelope) => envelope.method)
    const saved = methods.lastIndexOf('customers.update')
    expect(saved).toBeGreaterThan(-1)
    expect(saved).toBeLessThan(methods.lastIndexOf('session.logout'))
    expect(app.received[saved]?.result.ok).toBe(true)
    await logIn(app.page, 'receptionist')
    await openCustomer(app.page, priya)
    await expect(notesBox(app.page)).toHaveValue(NOTE)
  })

  test('a save that fails as the page closes says so, keeps the text, and brings it back on her page', async ({ app }) => {
    const { salon, priya } = await onPriyaFromSearch(app)
    await notesBox(app.page).fill(NOTE)
    // The owner deletes her in another window while the receptionist types.
    await must(salon.owner, 'customers.delete', { id: priya.id })
    await app.page.keyboard.press('Alt+S')
    await expect(app.page.getByRole('alert').filter({ hasText: 'Notes for Priya Sharma were not saved.' })).toContainText('They are kept: open Priya’s page to finish.')
    expect(await must(salon.owner, 'customers.listDeleted', {})).toHaveLength(1)
    await must(salon.owner, 'customers.restore', { id: priya.id })
    await app.page.reload()
    await openCustomer(app.page, priya)
    await expect(notesBox(app.page)).toHaveValue(NOTE)
    await expect(app.page.locator('#notes-state')).toContainText('Not saved yet.')
    await app.page.getByRole('button', { name: 'Save notes' }).click()
    await expect(app.page.locator('#notes-state')).toHaveText('Saved.')
    expect(await storedNotes(salon, priya.id)).toBe(NOTE)
    expect(await invokeInPage(app.page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  test('a pasted note over 5,000 characters is counted and refused with a message, never cut', async ({ app }) => {
    const { salon, customer: priya, page } = await receptionistOnCustomer(app)
    const long = `${'Allergic to ammonia. '.repeat(252)}End.`
    expect(long.length).toBe(5296)
    await notesBox(page).fill(long)
    await expect(page.locator('#notes-count')).toHaveText('5,296 / 5,000')
    await expect(page.locator('#notes-state')).toHaveText('Not saved. Notes can hold 5,000 characters; this is 5,296. Remove 296 to save.')
    await expect(notesBox(page)).toHaveValue(long)
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('#notes-state')).toContainText('Remove 296 to save.')
    expect(app.received.filter((envelope) => envelope.method === 'customers.update')).toEqual([])
    // Shortened to the limit, it saves.
    await notesBox(page).fill(long.slice(0, 5000))
    await expect(page.locator('#notes-count')).toHaveText('5,000 / 5,000')
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('#notes-state')).toHaveText('Saved.')
    expect(await storedNotes(salon, priya.id)).toBe(long.slice(0, 5000))
  })
})

test.describe('drafts', () => {
  test('the New customer form survives Escape, Alt+B and a reload, and ends when the customer is added', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+N')
    await page.getByLabel('First name').fill('Kabir')
    await page.getByLabel('Phone').fill('98450 11111')
    await page.getByLabel('Email (optional)').fill('kabir@example.in')
    // Escape in a filled form asks; Escape again keeps editing, with everything in place.
    await page.keyboard.press('Escape')
    const ask = page.getByRole('dialog', { name: 'Discard this new customer?' })
    await expect(ask).toBeVisible()
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(ask).toBeHidden()
    await expect(page.getByLabel('Email (optional)')).toHaveValue('kabir@example.in')
    // Away in the middle of it, and back: the form is as it was left.
    await page.keyboard.press('Alt+B')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New bill')
    await page.keyboard.press('Alt+N')
    await expect(page.getByText('Restored the customer you were adding')).toBeVisible()
    await expect(page.getByLabel('First name')).toHaveValue('Kabir')
    await expect(page.getByLabel('Phone')).toHaveValue('98450 11111')
    // A reload (or a crash) loses nothing either: the draft is in the core, sealed.
    await expect.poll(async () => ((await invokeInPage(page, 'drafts.list', {})) as { value: unknown[] }).value.length).toBe(1)
    await page.reload()
    await expect(page.getByLabel('Email (optional)')).toHaveValue('kabir@example.in')
    await page.getByRole('button', { name: 'Add customer' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kabir')
    expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
    // The form opens empty next time.
    await page.keyboard.press('Alt+N')
    await expect(page.getByLabel('First name')).toHaveValue('')
    await expect(page.getByText('Restored the customer you were adding')).toBeHidden()
  })

  test('Cancel on a filled form can discard it on purpose', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+N')
    await page.getByLabel('First name').fill('Kabir')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('dialog', { name: 'Discard this new customer?' }).getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counter')
    await page.keyboard.press('Alt+N')
    await expect(page.getByLabel('First name')).toHaveValue('')
    expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  test('the bill being built survives Alt+S, Back, a reload and a lock; another user never sees it', async ({ app }) => {
    const { customer: priya, page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    await fillBillItems(page, [
      { name: 'Hair spa', price: '1,200' },
      { name: 'Threading', price: '80' },
    ])
    await page.getByLabel('Discount').fill('10%')
    await page.keyboard.press('Alt+S')
    await expect(page.getByRole('combobox', { name: 'Find a customer' })).toBeFocused()
    // The counter lists it as unfinished, with a way back.
    await expect(page.getByRole('navigation', { name: 'Unfinished work' }).getByRole('link', { name: 'Bill for Priya Sharma' })).toHaveAttribute('href', `#/bills/new?customer=${priya.id}`)
    await page.goBack()
    await expect(page.getByText('Restored the bill you were building')).toBeVisible()
    await expect(page.getByLabel('Item 1 name')).toHaveValue('Hair spa')
    await expect(page.getByLabel('Item 2 price in rupees')).toHaveValue('80')
    await expect(page.getByLabel('Discount')).toHaveValue('10%')
    await page.reload()
    await expect(page.getByLabel('Item 2 name')).toHaveValue('Threading')

    // Locked: nothing of the bill or of Priya shows. The owner logs in at the same desk: no draft of Ravi's.
    await page.keyboard.press('Alt+L')
    await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    for (const trace of ['Hair spa', 'Threading', 'Priya']) expect(await domDump(page)).not.toContain(trace)
    await logIn(page, 'owner')
    expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
    await goTo(page, `/bills/new?customer=${priya.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bill for Priya Sharma')
    await expect(page.getByLabel('Item 1 name')).toHaveValue('')
    await expect(page.getByText('Restored the bill you were building')).toBeHidden()
    await page.keyboard.press('Alt+L')

    // Ravi again: his bill is where he left it, and posting it ends the draft.
    await page.getByRole('button', { name: NAMES.receptionist }).waitFor()
    await logIn(page, 'receptionist')
    await goTo(page, `/bills/new?customer=${priya.id}`)
    await expect(page.getByLabel('Item 1 name')).toHaveValue('Hair spa')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bill SAL-')
    expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
    // The discount in percent reached the bill as rupees: 10% of ₹1,280.00.
    const posted = app.received.findLast((envelope) => envelope.method === 'bills.post')
    expect(posted?.input).toMatchObject({ discount: 12_800, draft_key: `bill:${priya.id}` })
  })

  test('the buyer’s GSTIN, state and address typed for the invoice survive Alt+S, Back and a lock, and reach the bill', async ({ app }) => {
    const { customer: priya, page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    await fillBillItems(page, [{ name: 'Bridal package', price: '60,000' }])
    await page.getByText('GSTIN and address on the invoice').click()
    await page.getByLabel('Customer’s GSTIN').fill('27AAPFU0939F1ZV')
    await page.getByLabel('Customer’s state').selectOption('27')
    await page.getByLabel('Customer’s address').fill('Unit 5, Nariman Point, Mumbai 400021')
    const expectBuyer = async () => {
      await expect(page.getByLabel('Customer’s GSTIN')).toHaveValue('27AAPFU0939F1ZV')
      await expect(page.getByLabel('Customer’s state')).toHaveValue('27')
      await expect(page.getByLabel('Customer’s address')).toHaveValue('Unit 5, Nariman Point, Mumbai 400021')
    }
    await page.keyboard.press('Alt+S')
    await expect(page.getByRole('combobox', { name: 'Find a customer' })).toBeFocused()
    await page.goBack()
    await expect(page.getByText('Restored the bill you were building')).toBeVisible()
    await expectBuyer()

    // Only the buyer's particulars typed (the item cleared): still work worth keeping.
    await page.getByLabel('Item 1 name').fill('')
    await page.getByLabel('Item 1 price in rupees').fill('')
    await page.keyboard.press('Alt+L')
    await expect(page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    expect(await domDump(page)).not.toContain('Nariman Point')
    await logIn(page, 'receptionist')
    await goTo(page, `/bills/new?customer=${priya.id}`)
    await expect(page.getByText('Restored the bill you were building')).toBeVisible()
    await expectBuyer()

    await fillBillItems(page, [{ name: 'Bridal package', price: '60,000' }])
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bill SAL-')
    const posted = app.received.findLast((envelope) => envelope.method === 'bills.post')
    expect(posted?.input).toMatchObject({ buyer_gstin: '27AAPFU0939F1ZV', buyer_state_code: '27', buyer_address: 'Unit 5, Nariman Point, Mumbai 400021', draft_key: `bill:${priya.id}` })
    expect(await invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  test('a kept bill draft holds the buyer’s particulars and the visit it came from; drafts kept before them read with none (in Node)', () => {
    const VISIT = '01ARZ3NDEKTSV4RRFFQ69G5FB4'
    const STYLIST = '01ARZ3NDEKTSV4RRFFQ69G5FB3'
    const older = { items: [{ name: 'Bridal package', price: '60000', quantity: '1' }], discount: '', payments: [{ method: 'cash', amount: '' }], paymentEdited: false, guestName: 'Anita Rao', guestPhone: '' }
    const kept = { ...older, buyerGstin: '', buyerAddress: '14 Lavelle Road, Bengaluru 560001', buyerState: '29', visit: { id: VISIT, stylistId: STYLIST } }
    expect(readBillBody(JSON.parse(JSON.stringify(kept)))).toEqual(kept)
    expect(readBillBody({ ...kept, visit: { id: VISIT, stylistId: null } })?.visit).toEqual({ id: VISIT, stylistId: null })
    expect(readBillBody(older)).toEqual({ ...older, buyerGstin: '', buyerAddress: '', buyerState: '' })
  })

  test('a bill can be discarded on purpose, and then it is gone', async ({ app }) => {
    await app.salon()
    await app.openAs('receptionist')
    const { page } = app
    await page.keyboard.press('Alt+B')
    await fillBillItems(page, [{ name: 'Haircut', price: '650' }])
    await page.getByLabel('Name on the bill').fill('Kabir')
    await page.getByRole('button', { name: 'Discard bill' }).click()
    await page.getByRole('dialog', { name: 'Discard this bill?' }).getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByLabel('Item 1 name')).toHaveValue('')
    await expect(page.getByLabel('Name on the bill')).toHaveValue('')
    await page.reload()
    await expect(page.getByLabel('Item 1 name')).toHaveValue('')
    await expect.poll(async () => invokeInPage(page, 'drafts.list', {})).toEqual({ ok: true, value: [] })
  })
})
