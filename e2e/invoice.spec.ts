import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from './fixtures'
import { pdfPageAsPng, printToPdf } from './support/pdf'
import { must, type Salon } from './support/salon'
import { fillBillItems, goTo } from './support/ui'

const SALON_DETAILS = {
  salon_name: 'Glow Studio',
  legal_name: 'Glow Studio Beauty and Wellness Private Limited',
  address: '12, 4th Cross, HAL 2nd Stage, Indiranagar, Bengaluru 560038',
  state_code: '29',
  gstin: '29AAGCB7383J1Z4',
  salon_phone: '080 4123 4567',
  invoice_footer: 'Thank you for visiting Glow Studio. Follow us @glowstudio',
} as const

/** A registered customer's bill with a discount and a business buyer's particulars. */
async function businessBill(salon: Salon) {
  const priya = await salon.addCustomer({ first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' })
  return must(salon.owner, 'bills.post', {
    customer_id: priya.id,
    items: [
      { name: 'Haircut and styling', unit_price: 65_000, quantity: 1 },
      { name: 'Hair spa (keratin)', unit_price: 140_000, quantity: 1 },
      { name: 'Eyebrow threading', unit_price: 8_000, quantity: 2 },
    ],
    discount: 11_000,
    buyer_gstin: '24AAACC1206D1ZM',
    buyer_address: 'Sharma Events LLP, 21 CG Road, Ahmedabad 380009',
  })
}

/** Every particular CGST Rule 46 asks of a salon's tax invoice, as the PDF's text must show it. */
const RULE_46 = [
  SALON_DETAILS.legal_name,
  'HAL 2nd Stage, Indiranagar',
  'GSTIN: 29AAGCB7383J1Z4',
  'TAX INVOICE',
  'SAL-26-0001',
  '24/11/2026',
  'Priya Sharma',
  'GSTIN: 24AAACC1206D1ZM',
  '21 CG Road, Ahmedabad',
  'Gujarat (24)',
  '999721',
  'Haircut and styling',
  'Eyebrow threading',
  'Taxable value',
  'Place of supply',
  '29-Karnataka',
  'Reverse charge',
  '2.5% ₹52.50',
  'CGST',
  'SGST',
  '₹2,205.00',
  'Two thousand two hundred five rupees only',
  'Authorised signatory',
]

test('the invoice prints on A4 and on an 80 mm receipt with every particular of Rule 46', async ({ app }, testInfo) => {
  const salon = await app.salon(SALON_DETAILS)
  const bill = await businessBill(salon)
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, `/bills/${bill.id}`)
  await page.getByRole('link', { name: 'Print or share' }).click()
  await expect(page.getByRole('heading', { name: 'Tax invoice SAL-26-0001' })).toBeVisible()
  const a4 = await printToPdf(page, 'invoice-a4', testInfo)
  expect([Math.round(a4.widthPt), Math.round(a4.heightPt)]).toEqual([595, 842])
  for (const particular of RULE_46) expect(a4.text, particular).toContain(particular)
  expect(a4.text).not.toContain('Save as PDF')
  pdfPageAsPng(a4, '40-invoice-a4', testInfo)

  await page.getByRole('link', { name: '80 mm receipt' }).click()
  // The link on the A4 view reads "80 mm receipt" too: wait for the receipt's own layout, not the words.
  await expect(page.getByRole('article', { name: 'Tax invoice SAL-26-0001' })).toHaveClass(/invoice-80mm/)
  const receipt = await printToPdf(page, 'invoice-80mm', testInfo)
  expect(Math.round(receipt.widthPt)).toBe(227) // 80 mm
  const flat = receipt.text.replace(/\s+/g, ' ')
  for (const particular of RULE_46) expect(flat, particular).toContain(particular.replace(/\s+/g, ' '))
  pdfPageAsPng(receipt, '41-invoice-80mm', testInfo, 160)
})

test('a long bill of 30 lines and a long salon name keep their layout on both papers', async ({ app }, testInfo) => {
  const salon = await app.salon({ ...SALON_DETAILS, legal_name: 'Sri Lakshmi Venkateswara Unisex Hair and Beauty Parlour and Bridal Makeover Studio Private Limited' })
  const items = Array.from({ length: 30 }, (_, index) => ({ name: `Service number ${index + 1} with a fairly long description`, unit_price: 10_000 + index * 1_000, quantity: 1 + (index % 3) }))
  const bill = await must(salon.owner, 'bills.post', { customer_name: 'Meera Iyer', items })
  await app.openAs('receptionist')
  const { page } = app
  for (const paper of ['a4', '80mm'] as const) {
    await goTo(page, `/bills/${bill.id}/print?paper=${paper}`)
    await expect(page.getByRole('article', { name: 'Tax invoice SAL-26-0001' })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    // Nothing spills sideways out of the paper: every line and the name wrap inside it.
    const overflow = await page.getByRole('article').evaluate((doc) => [...doc.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > doc.getBoundingClientRect().right + 1).length)
    expect(overflow, `${paper}: elements wider than the paper`).toBe(0)
    await page.emulateMedia({ media: null })
    const pdf = await printToPdf(page, `long-${paper}`, testInfo)
    const flat = pdf.text.replace(/\s+/g, ' ')
    for (const n of [1, 15, 30]) expect(flat).toContain(`Service number ${n} with`)
    expect(flat).toContain('Authorised signatory')
    expect(flat).toContain('Venkateswara')
    expect(pdf.pages).toBeGreaterThan(1)
  }
})

test('a credit note names the invoice it reduces; an unregistered salon prints a plain receipt with no tax', async ({ app }, testInfo) => {
  const salon = await app.salon(SALON_DETAILS)
  const sale = await must(salon.owner, 'bills.post', { customer_name: 'Meera Iyer', items: [{ name: 'Facial', unit_price: 149_100, quantity: 1 }] })
  const refund = await must(salon.owner, 'bills.refund', { bill_id: sale.id, reason: 'Allergic reaction' })
  await must(salon.owner, 'settings.update', { gst_registered: false, gstin: null })
  const plain = await must(salon.owner, 'bills.post', { customer_name: 'Kavya', items: [{ name: 'Threading', unit_price: 5_000, quantity: 1 }] })
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, `/bills/${refund.id}/print`)
  await expect(page.getByRole('article', { name: 'Credit note SAL-CN-26-0001' })).toBeVisible()
  const note = (await printToPdf(page, 'credit-note', testInfo)).text.replace(/\s+/g, ' ')
  expect(note).toContain('CREDIT NOTE')
  expect(note).toContain('Against invoice SAL-26-0001 dated 24/11/2026. Reason: Allergic reaction')
  expect(note).toContain('One thousand five hundred sixty-six rupees only')
  await goTo(page, `/bills/${plain.id}/print`)
  await expect(page.getByRole('article', { name: 'Receipt SAL-26-0002' })).toBeVisible()
  const supply = (await printToPdf(page, 'receipt', testInfo)).text.replace(/\s+/g, ' ')
  expect(supply).toContain('RECEIPT')
  expect(supply).not.toMatch(/CGST|SGST|GSTIN|BILL OF SUPPLY|TAX INVOICE/)
  expect(supply).toContain('Authorised signatory')
})

test('sharing: a text receipt to paste, and WhatsApp opened with the customer’s number, which the screen never shows; both audited', async ({ app }) => {
  const salon = await app.salon(SALON_DETAILS)
  const bill = await businessBill(salon)
  const walkIn = await must(salon.owner, 'bills.post', { customer_name: 'Kavya', items: [{ name: 'Threading', unit_price: 5_000, quantity: 1 }] })
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, `/bills/${bill.id}/print`)
  await page.getByRole('button', { name: 'Copy receipt text' }).click()
  const text = page.getByRole('textbox', { name: 'Receipt text' })
  await expect(text).toHaveValue(
    [
      `*${SALON_DETAILS.legal_name}*`,
      'Tax invoice SAL-26-0001, 24/11/2026',
      'GSTIN 29AAGCB7383J1Z4',
      '',
      'Haircut and styling × 1: ₹650.00',
      'Hair spa (keratin) × 1: ₹1,400.00',
      'Eyebrow threading × 2: ₹160.00',
      'Discount: −₹110.00',
      'CGST 2.5%: ₹52.50',
      'SGST 2.5%: ₹52.50',
      '*Total: ₹2,205.00*',
      '(Two thousand two hundred five rupees only)',
      '',
      SALON_DETAILS.invoice_footer,
    ].join('\n'),
  )
  await page.getByRole('button', { name: 'Send on WhatsApp' }).click()
  await expect(page.getByText('WhatsApp opened with the receipt.')).toBeVisible()
  expect(app.openedExternally).toHaveLength(1)
  const link = new URL(app.openedExternally[0] ?? '')
  expect(`${link.origin}${link.pathname}`).toBe('https://wa.me/919876543210')
  expect(link.searchParams.get('text')).toBe(await text.inputValue())
  // The number went to the browser, never to the screen.
  expect(JSON.stringify(app.received)).not.toContain('9876543210')
  await expect(page.locator('body')).not.toContainText('98765')

  // A walk-in without a phone: nothing to open, said plainly.
  await goTo(page, `/bills/${walkIn.id}/print`)
  await page.getByRole('button', { name: 'Send on WhatsApp' }).click()
  await expect(page.getByText('This bill has no phone number to send to. Copy the text instead.')).toBeVisible()
  expect(app.openedExternally).toHaveLength(1)

  const shares = await must(salon.owner, 'audit.list', { group: 'bills' })
  expect(shares.items.filter((entry) => entry.action === 'bill.share').map((entry) => entry.target_id)).toEqual([bill.id, bill.id])
})

test('the owner’s GST summary adds up the month’s bills less credit notes and exports CSV for GSTR-1; salon details are edited in Settings', async ({ app }) => {
  const salon = await app.salon(SALON_DETAILS)
  const business = await businessBill(salon)
  const walkIns = [
    await must(salon.owner, 'bills.post', { customer_name: 'Meera Iyer', items: [{ name: 'Facial', unit_price: 149_100, quantity: 1 }] }),
    await must(salon.owner, 'bills.post', { customer_name: 'Kavya', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }, { name: 'Threading', unit_price: 5_000, quantity: 2 }] }),
  ]
  await must(salon.owner, 'bills.refund', { bill_id: walkIns[0]?.id ?? '', reason: 'Allergic reaction' })
  await app.openAs('owner')
  const { page } = app
  await goTo(page, '/admin/gst')
  const byRate = page.getByRole('table', { name: 'Tax by rate' })
  // ₹2,100 + ₹1,491 + ₹600 invoiced, less the ₹1,491 credit note: ₹2,700 taxable, ₹67.50 each of CGST and SGST.
  await expect(byRate.getByRole('row', { name: /^5%/ })).toContainText('₹2,700.00')
  await expect(byRate.getByRole('row', { name: /^Total/ })).toContainText('₹67.50')
  await expect(page.getByText('3 invoices and 1 credit note')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Documents issued' })).toContainText('SAL-26-0001SAL-26-0003')
  await expect(page.getByRole('table', { name: 'To registered businesses' })).toContainText(business.invoice_number)
  await app.screenshot('42-gst-summary')

  await page.getByRole('button', { name: 'Export CSV for GSTR-1' }).click()
  await expect(page.getByText(/5 CSV files saved in/)).toBeVisible()
  const exports = join(dirname(app.databasePath), 'exports')
  expect(readdirSync(exports).sort()).toEqual(['gstr1-2026-11-b2b.csv', 'gstr1-2026-11-b2cs.csv', 'gstr1-2026-11-cdnr.csv', 'gstr1-2026-11-docs.csv', 'gstr1-2026-11-hsn.csv'])
  expect(readFileSync(join(exports, 'gstr1-2026-11-b2cs.csv'), 'utf8')).toContain('OE,29-Karnataka,5,,600.00,0.00,')

  await goTo(page, '/admin/settings')
  const details = page.getByRole('form', { name: 'Salon details on invoices' })
  await expect(details.getByLabel('Legal name')).toHaveValue(SALON_DETAILS.legal_name)
  await details.getByLabel('GSTIN').fill('29AAGCB7383J1Z5')
  await details.getByRole('button', { name: 'Save salon details' }).click()
  await expect(details.getByText('This GSTIN’s last character does not match: check it for a typing mistake.')).toBeVisible()
  await details.getByLabel('GSTIN').fill('27aapfu0939f1zv')
  await details.getByRole('button', { name: 'Save salon details' }).click()
  await expect(details.getByText('This GSTIN is registered in 27-Maharashtra, not 29-Karnataka.')).toBeVisible()
  await details.getByLabel('GSTIN').fill('29aagcb7383j1z4')
  await details.getByLabel('Footer text').fill('Thank you! Follow us @glowstudio')
  await details.getByRole('button', { name: 'Save salon details' }).click()
  await expect(page.getByText('Salon details saved.')).toBeVisible()
  await expect(details.getByLabel('GSTIN')).toHaveValue('29AAGCB7383J1Z4')
  await details.getByLabel('Legal name').scrollIntoViewIfNeeded()
  await page.getByRole('heading', { name: 'Salon details on invoices' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await app.screenshot('43-salon-details')
})

test('the bill screen takes a business customer’s GSTIN and address, asks an address from ₹50,000, and the invoice prints them', async ({ app }) => {
  await app.salon(SALON_DETAILS)
  await app.openAs('receptionist')
  const { page } = app
  await goTo(page, '/bills/new')
  await page.getByLabel('Name on the bill').fill('Sharma Events')
  await fillBillItems(page, [{ name: 'Bridal makeup', price: '50000' }])
  await page.getByRole('button', { name: 'Post bill' }).click()
  await expect(page.getByText('Enter the customer’s address.')).toBeVisible()
  await page.getByLabel('Customer’s GSTIN').fill('24aaacc1206d1zm')
  await page.getByLabel('Customer’s address').fill('21 CG Road, Ahmedabad 380009')
  await page.getByRole('button', { name: 'Post bill' }).click()
  await expect(page.getByRole('heading', { name: /^Bill SAL-26-0001/ })).toBeVisible()
  await page.getByRole('link', { name: 'Print or share' }).click()
  const invoice = page.getByRole('article', { name: 'Tax invoice SAL-26-0001' })
  await expect(invoice.getByRole('region', { name: 'Billed to' })).toContainText('Sharma EventsGSTIN: 24AAACC1206D1ZM21 CG Road, Ahmedabad 380009State: Gujarat (24)')
})
