import { expect, test } from './fixtures'
import { readLines, itemErrorsFromCore, type ItemDraft } from '../renderer/src/screens/bill/bill-draft'
import { receptionistOnCustomer } from './support/ui'

/**
 * The bill screen is clear as it is typed: each error on its own row and field, no old total
 * while the bill cannot be priced, amounts read the way people write them.
 */

test.describe('errors belong to their row and field, as they are typed', () => {
  test('a price error on the row typed, below a blank row; a name missing once a price is in', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    // The bill opens on its first item (once her record is in): row 1 stays blank; rows 2 and 3 are typed.
    await expect(page.getByLabel('Item 1 name')).toBeFocused()
    await page.keyboard.press('Alt+I')
    await page.getByLabel('Item 2 name').fill('Haircut')
    await page.getByLabel('Item 2 price in rupees').fill('6x0')
    await page.keyboard.press('Alt+I')
    await page.getByLabel('Item 3 price in rupees').fill('80')
    await expect(page.getByLabel('Item 2 price in rupees')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Item 2 price in rupees')).toHaveAccessibleDescription('Use rupees, like 450 or 450.50.')
    await expect(page.getByLabel('Item 3 name')).toHaveAccessibleDescription('Name the item.')
    for (const field of ['Item 1 name', 'Item 1 price in rupees', 'Item 2 name', 'Item 3 price in rupees']) {
      await expect(page.getByLabel(field)).not.toHaveAttribute('aria-invalid', 'true')
    }
    await expect(page.locator('.items-table .field-error')).toHaveCount(2)
  })

  test('while the bill cannot be priced the payment shows no old total and no error of its own', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    await page.getByLabel('Item 1 name').fill('Haircut')
    await page.getByLabel('Item 1 price in rupees').fill('650')
    const payment = page.getByLabel('Payment 1 amount in rupees')
    await expect(payment).toHaveValue('683')
    await page.getByLabel('Item 1 price in rupees').fill('65o')
    await expect(payment).toHaveValue('')
    await expect(page.getByText('Fix the highlighted item to see the total.')).toBeVisible()
    await expect(page.locator('.payments .field-error')).toHaveCount(0)
    await expect(payment).not.toHaveAttribute('aria-invalid', 'true')
    await page.getByLabel('Item 1 price in rupees').fill('650')
    await expect(payment).toHaveValue('683')
  })

  test('the item name box stops at 80 characters and says so', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    const name = page.getByLabel('Item 1 name')
    await name.click()
    await page.keyboard.type('Bridal makeup with hair styling, draping, nail art and a trial session the week before')
    await expect(name).toHaveValue('Bridal makeup with hair styling, draping, nail art and a trial session the week ')
    await expect(page.getByText('80 characters: the most a line can hold.')).toBeVisible()
    await page.getByLabel('Item 1 price in rupees').fill('15000')
    await expect(page.locator('.totals-grand')).toContainText('₹15,750.00')
    await expect(name).not.toHaveAttribute('aria-invalid', 'true')
  })

  test('the core’s errors land on the rows they were about, past blank rows (in Node)', () => {
    const items: ItemDraft[] = [
      { key: 11, name: '', price: '', quantity: '1' },
      { key: 12, name: 'Haircut', price: '650', quantity: '1' },
      { key: 13, name: '', price: '', quantity: '1' },
      { key: 14, name: 'Threading', price: '80', quantity: '2' },
    ]
    const lines = readLines(items, '')
    if (!lines.ok) throw new Error('the lines should read')
    expect(lines.keys).toEqual([12, 14])
    expect(itemErrorsFromCore({ 'items.1.name': 'At most 80 characters.', 'items.0.unit_price': 'Amount is too large.', discount: 'x' }, lines.keys)).toEqual(
      new Map([
        [14, { name: 'At most 80 characters.' }],
        [12, { price: 'Amount is too large.' }],
      ]),
    )
  })
})

test.describe('money as people type it', () => {
  for (const typed of ['650/-', 'Rs. 650', 'Rs 650', '₹650', '₹ 650.00', '६५०', 'INR 650']) {
    test(`“${typed}” is ₹650.00`, async ({ app }) => {
      const { page } = await receptionistOnCustomer(app)
      await page.keyboard.press('Alt+B')
      await page.getByLabel('Item 1 name').fill('Haircut')
      await page.getByLabel('Item 1 price in rupees').fill(typed)
      await expect(page.locator('.items-table .col-amount').last()).toHaveText('₹650.00')
      await expect(page.locator('.totals-grand')).toContainText('₹683.00')
      await expect(page.getByLabel('Item 1 price in rupees')).not.toHaveAttribute('aria-invalid', 'true')
    })
  }

  test('a discount in percent beside rupees: 10% of the subtotal, shown and sent as rupees', async ({ app }) => {
    const { page } = await receptionistOnCustomer(app)
    await page.keyboard.press('Alt+B')
    await page.getByLabel('Item 1 name').fill('Hair spa')
    await page.getByLabel('Item 1 price in rupees').fill('1,250')
    const discount = page.getByLabel('Discount')
    await discount.fill('10%')
    await expect(discount).toHaveAccessibleDescription('10% of the subtotal: ₹125.00')
    await expect(page.locator('.totals')).toContainText('−₹125.00')
    const preview = () => app.received.filter((envelope) => envelope.method === 'bills.preview').at(-1)?.input
    await expect.poll(preview).toEqual({ items: [{ name: 'Hair spa', unit_price: 125_000, quantity: 1 }], discount: 12_500 })
    await discount.fill('₹100')
    await expect(page.locator('.totals')).toContainText('−₹100.00')
    await discount.fill('120%')
    await expect(discount).toHaveAccessibleDescription(/A discount cannot be more than 100%\./)
    await expect(discount).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Fix the discount to see the total.')).toBeVisible()
  })
})
