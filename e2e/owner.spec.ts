import { expect, test } from './fixtures'
import { jumpTo, PRIYA } from './support/salon'
import { goTo, invokeInPage, searchFor } from './support/ui'

test.describe('the owner', () => {
  test('analytics: charts of the last 12 months, top customers, who to call back, birthdays', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer({ ...PRIYA, date_of_birth: '1991-11-27' })
    const anita = await salon.addCustomer({ first_name: 'Anita', last_name: 'Desai', phone: '99001 23456' })
    const back = (iso: string) => jumpTo(salon, app.clock, iso)
    // Anita last came in August; Priya in September and this month.
    await back('2026-08-10T06:00:00.000Z')
    await salon.postBill(anita.id, [{ name: 'Facial', rupees: 1800 }])
    await back('2026-09-15T06:00:00.000Z')
    await salon.postBill(priya.id, [{ name: 'Hair colour', rupees: 3200 }])
    await back('2026-11-24T05:00:00.000Z')
    await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])

    await app.openAs('owner')
    const { page } = app
    await page.keyboard.press('Alt+A')
    await expect(page.getByRole('heading', { name: 'Analytics' })).toBeVisible()

    for (const name of ['Revenue per month, last 12 months', 'Visits per month, last 12 months', 'New and returning customers per month, last 12 months']) {
      const chart = page.getByRole('img', { name })
      await expect(chart).toBeVisible()
      await expect(chart.locator('text.chart-month')).toHaveCount(12)
    }
    // Bars only where there was business: August, September, November.
    await expect(page.getByRole('img', { name: /^Revenue per month/ }).locator('rect.chart-bar')).toHaveCount(3)
    // The numbers behind a chart are in a table for screen readers.
    const revenueTable = page.getByRole('table', { name: 'Revenue per month, last 12 months' })
    await expect(revenueTable.getByRole('row', { name: /November 2026/ })).toContainText('₹683.00')
    await expect(revenueTable.getByRole('row', { name: /September 2026/ })).toContainText('₹3,360.00')

    const top = page.getByRole('region', { name: 'Top customers by spend' })
    await expect(top.getByRole('listitem').first()).toContainText('Priya Sharma')
    await expect(top.getByRole('listitem').first()).toContainText('₹4,043.00')
    const callBack = page.getByRole('region', { name: 'Not seen in 30 days' })
    await expect(callBack).toContainText('Anita Desai')
    await expect(callBack).toContainText('+91 99001 23456')
    await expect(callBack).not.toContainText('Priya Sharma')
    const birthdays = page.getByRole('region', { name: 'Birthdays in the next 7 days' })
    await expect(birthdays).toContainText('Priya Sharma')
    await expect(birthdays).toContainText('Fri, 27 Nov')
    await expect(birthdays).toContainText('in 3 days')
  })

  test('deletes a customer, who disappears from search, and restores them from Admin', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
    await app.openAs('owner')
    const { page } = app
    await searchFor(page, 'sharma')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'More' }).click()
    await page.getByRole('menuitem', { name: /^Delete/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete Priya Sharma?' })
    await expect(dialog).toContainText('Their bills stay in the books.')
    await dialog.getByRole('button', { name: 'Delete customer' }).click()
    await expect(page.getByRole('heading', { name: 'Counter' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Priya Sharma was deleted.' })).toBeVisible()

    await searchFor(page, 'sharma')
    await expect(page.getByText('No customer matches the name “sharma”.')).toBeVisible()

    await page.keyboard.press('Alt+M')
    await page.getByRole('link', { name: 'Deleted customers' }).click()
    const row = page.getByRole('row', { name: /Priya Sharma/ })
    // A list of customers shows the phone masked to its last 4 digits.
    await expect(row).toContainText('+91 ••••• •3210')
    await expect(row).not.toContainText('98765')
    await expect(row).toContainText('₹683.00')
    await row.getByRole('button', { name: 'Restore Priya Sharma' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Priya Sharma was restored.' })).toBeVisible()
    await expect(page.getByText('No deleted customers.')).toBeVisible()

    await page.keyboard.press('Alt+S')
    await searchFor(page, 'sharma')
    await expect(page.getByRole('option', { name: /Priya Sharma/ })).toBeVisible()
  })

  test('refunds a bill with a reason: the bill reads Refunded and the customer’s spend goes down', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    await salon.postBill(priya.id, [{ name: 'Hair colour', rupees: 3200 }])
    const kept = await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])
    await app.openAs('owner')
    const { page } = app
    await goTo(page, `/customers/${priya.id}`)
    await expect(page.getByTestId('stat-spent')).toContainText('₹4,043.00')
    const history = page.getByRole('region', { name: 'History' })
    await history.getByRole('link', { name: /^Bill SAL-26-0001/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bill SAL-26-0001')
    await page.getByRole('button', { name: 'Refund', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Refund SAL-26-0001' })
    await expect(dialog).toContainText('₹3,360.00 will be paid back to Priya Sharma')
    await dialog.getByRole('button', { name: 'Refund ₹3,360.00' }).click()
    await expect(dialog.getByText('Say why the bill is refunded.')).toBeVisible()
    await dialog.getByLabel('Reason').fill('Colour did not take')
    await dialog.getByRole('button', { name: 'Refund ₹3,360.00' }).click()
    await expect(page.getByRole('status').filter({ hasText: /Refunded: SAL-CN-26-0001/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Refunded')
    await expect(page.getByRole('button', { name: 'Refund', exact: true })).toHaveCount(0)

    await page.getByRole('link', { name: 'Open the refund' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Refund SAL-CN-26-0001')
    await expect(page.getByText('Colour did not take')).toBeVisible()

    await goTo(page, `/customers/${priya.id}`)
    await expect(page.getByTestId('stat-spent')).toContainText('₹683.00')
    await expect(history).toContainText('Refund SAL-CN-26-0001')
    await expect(history).toContainText('Reason: Colour did not take')
    expect(kept.status).toBe('posted')

    // A receptionist sees the bill but no Refund button; the core would refuse anyway.
    const reception = await app.newPage()
    await app.openAs('receptionist', reception)
    await goTo(reception.page, `/bills/${kept.id}`)
    await expect(reception.page.getByRole('heading', { level: 1 })).toContainText(kept.invoice_number)
    await expect(reception.page.getByRole('button', { name: 'Refund', exact: true })).toHaveCount(0)
    const refused = await invokeInPage(reception.page, 'bills.refund', { bill_id: kept.id, reason: 'x' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  test('analytics compares this month so far with the same days of last month, and fits the window without scrolling the app', async ({ app }) => {
    const salon = await app.salon()
    const priya = await salon.addCustomer(PRIYA)
    // Last month: ₹1,000 on 5 Oct, ₹9,000 on 28 Oct. This month (today is 24 Nov): ₹1,500.
    await jumpTo(salon, app.clock, '2026-10-05T06:00:00.000Z')
    await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 1000 }])
    await jumpTo(salon, app.clock, '2026-10-28T06:00:00.000Z')
    await salon.postBill(priya.id, [{ name: 'Bridal makeup', rupees: 9000 }])
    await jumpTo(salon, app.clock, '2026-11-24T05:00:00.000Z')
    await salon.postBill(priya.id, [{ name: 'Hair spa', rupees: 1500 }])

    await app.openAs('owner')
    const { page } = app
    await page.keyboard.press('Alt+A')
    const revenue = page.locator('.stat', { hasText: 'Revenue, November 2026' })
    // Against 1–24 Oct (₹1,050), not all of October (₹10,500): +50%, not −86%.
    await expect(revenue).toContainText('+50% vs 1–24 Oct')
    await expect(page.getByText('Last month: 1').first()).toBeVisible()
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size)
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number } } }).document.documentElement
        return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight }
      })
      expect(overflow, `the app scrolls at ${size.width}×${size.height}`).toEqual({ x: 0, y: 0 })
    }
  })
})
