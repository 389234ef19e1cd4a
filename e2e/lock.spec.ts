import { expect, test, type App } from './fixtures'
import { must, NAMES, PINS, PRIYA } from './support/salon'

const RECOVERY = 'correct horse battery staple'
import { domDump, invokeInPage, pageText, searchFor } from './support/ui'

const CUSTOMER_TRACES = ['Priya', 'Sharma', '98765', '43210', 'Ammonia-free', '₹']

async function receptionistOnPriya(app: App) {
  const salon = await app.salon({ idle_lock_minutes: 5 })
  const priya = await salon.addCustomer({ ...PRIYA, notes: 'Ammonia-free colour only.' })
  await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
  await app.openAs('receptionist')
  await searchFor(app.page, 'Sharma')
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
  await expect(app.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Ammonia-free colour only.')
  return { salon, priya }
}

async function expectNoCustomerData(app: App) {
  const text = await pageText(app.page)
  const dom = await domDump(app.page)
  for (const trace of CUSTOMER_TRACES) {
    expect(text, `page text after locking must not contain ${trace}`).not.toContain(trace)
    expect(dom, `the DOM after locking must not contain ${trace}`).not.toContain(trace)
  }
  expect(app.page.url()).toMatch(/#\/$/)
}

test.describe('locking', () => {
  test('the core’s idle timeout: the next action finds the session over, and the screen returns to login with nothing left', async ({ app }) => {
    await receptionistOnPriya(app)
    // Only the core's clock moves: the renderer's own timer has not fired.
    app.clock.advance(6 * 60_000)
    await app.page.keyboard.press('Alt+S')
    await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    await expect(app.page.getByText('Your session ended. Customer details were cleared from the screen.')).toBeVisible()
    await expectNoCustomerData(app)
    // The counter's first call (today's visits) was the one the core refused.
    expect(app.received.some((envelope) => envelope.method === 'visits.today' && !envelope.result.ok && envelope.result.error.code === 'UNAUTHENTICATED')).toBe(true)
  })

  test('the renderer’s idle timer locks after the salon’s idle minutes without a touch', async ({ app }) => {
    await receptionistOnPriya(app)
    await app.advance(4 * 60_000)
    await expect(app.page.getByRole('heading', { level: 1 })).toContainText('Priya Sharma')
    await app.advance(61_000 + 5_000)
    await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    await expect(app.page.getByText('Locked after a while without use.')).toBeVisible()
    await expectNoCustomerData(app)
    // The core ended the session too: a devtools call after the lock is refused.
    const after = await invokeInPage(app.page, 'customers.search', { query: 'priya' })
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  test('the Lock button (Alt+L) clears the screen, and logging back in starts at the counter', async ({ app }) => {
    await receptionistOnPriya(app)
    await app.page.keyboard.press('Alt+L')
    await expect(app.page.getByRole('heading', { name: 'Choose your name' })).toBeVisible()
    await expectNoCustomerData(app)
    await app.page.getByRole('button', { name: /Ravi Kumar/ }).click()
    await app.page.keyboard.type('482915')
    await app.page.keyboard.press('Enter')
    await expect(app.page.getByRole('heading', { name: 'Counter' })).toBeVisible()
    await expect(app.page.getByRole('combobox', { name: 'Find a customer' })).toHaveValue('')
  })

  test('a wrong PIN says so; repeated wrong PINs lock the user out and say until when', async ({ app }) => {
    await app.salon()
    await app.open()
    const { page } = app
    await page.getByRole('button', { name: /Ravi Kumar/ }).click()
    const pin = page.getByLabel('PIN', { exact: true })
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pin.fill('000001')
      await page.keyboard.press('Enter')
      await expect(page.getByRole('alert')).toContainText('Wrong PIN.')
    }
    // The PIN pad works too.
    for (const digit of '000002') await page.getByRole('button', { name: digit, exact: true }).click()
    await page.getByRole('button', { name: 'Log in' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Locked out.')
    await expect(alert).toContainText('Too many wrong PINs. Wait 30 seconds and try again.')
    // 10:30:30 in Kolkata, shown in the salon's zone although this browser runs in Los Angeles.
    await expect(alert).toContainText('Try again after 10:30 am (24 Nov), in 30 s.')
    await app.advance(10_000)
    await expect(alert).toContainText('in 20 s.')

    // The right PIN is refused until the wait is over, then accepted.
    await pin.fill('482915')
    await page.keyboard.press('Enter')
    await expect(alert).toContainText('Locked out.')
    await app.advance(21_000)
    await expect(page.getByText('You can try again now.')).toBeVisible()
    await pin.fill('482915')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()
  })

  test('an owner locked out by someone guessing gets in with the recovery passphrase', async ({ app }) => {
    const salon = await app.salon()
    await must(salon.owner, 'security.setRecoveryPassphrase', { passphrase: RECOVERY })
    // Someone at the login screen guesses until the owner is locked out.
    const stranger = app.core.connect()
    for (let attempt = 0; attempt < 10; attempt++) await stranger.invoke('session.login', { user_id: salon.ids.owner, pin: `guess number ${attempt}` })
    await app.open()
    const { page } = app
    await page.getByRole('button', { name: new RegExp(NAMES.owner) }).click()
    await page.getByLabel('PIN or passphrase').fill(PINS.owner)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toContainText('Locked out.')
    await page.getByRole('button', { name: 'Unlock with the recovery passphrase' }).click()
    const passphrase = page.getByLabel('Recovery passphrase', { exact: true })
    await expect(passphrase).toBeFocused()
    await passphrase.fill('not it at all')
    await page.keyboard.press('Enter')
    await expect(page.getByText('That is not the recovery passphrase. Check it and try again.')).toBeVisible()
    await passphrase.fill(RECOVERY)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Admin/ })).toBeVisible()
  })
})
