import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import { amountInWords } from './amount-in-words'
import { gstinCheckCharacter, gstinProblem } from './gstin'
import type { PrinterPort } from './shell-ports'

const SALON = {
  salon_name: 'Glow Studio',
  legal_name: 'Glow Studio Private Limited',
  address: '12, 4th Cross, Indiranagar, Bengaluru 560038',
  state_code: '29',
  gstin: '29AAGCB7383J1Z4',
  salon_phone: '080 4123 4567',
  invoice_footer: 'Thank you! See you again.',
} as const

async function salon(settings: Record<string, unknown> = SALON) {
  const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
  const users = await salonWithUsers(opened.core)
  await must(users.owner, 'settings.update', settings)
  const priya = await must(users.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  return { ...opened, ...users, priya }
}

describe('an amount in words, Indian style', () => {
  it.each([
    [0, 'Zero rupees only'],
    [100, 'One rupee only'],
    [9_900, 'Ninety-nine rupees only'],
    [10_000, 'One hundred rupees only'],
    [149_100, 'One thousand four hundred ninety-one rupees only'],
    [10_000_000, 'One lakh rupees only'],
    [123_456_789_00, 'Twelve crore thirty-four lakh fifty-six thousand seven hundred eighty-nine rupees only'],
    [149_150, 'One thousand four hundred ninety-one rupees and fifty paise only'],
    [50, 'Zero rupees and fifty paise only'],
    [101, 'One rupee and one paisa only'],
  ])('%i paise: %s', (paise, words) => {
    expect(amountInWords(paise)).toBe(words)
  })
})

describe('the GSTIN check digit (mod 36)', () => {
  it.each(['27AAPFU0939F1ZV', '29AAGCB7383J1Z4', '33AAACH7409R1Z8', '24AAACC1206D1ZM'])('accepts %s', (gstin) => {
    expect(gstinProblem(gstin)).toBeNull()
  })
  it('refuses a mistyped character, a wrong check character, a wrong shape and an unknown state', () => {
    expect(gstinProblem('27AAPFU0939F1ZW')).toBe('check')
    expect(gstinProblem('27AAPFU0938F1ZV')).toBe('check') // one digit of the PAN mistyped
    expect(gstinProblem('27AAPFU0939F1Z')).toBe('shape')
    expect(gstinProblem('27AAPFU0939F1XV')).toBe('shape') // the 14th character is always Z
    const unknownState = `99AAPFU0939F1Z`
    expect(gstinProblem(unknownState + gstinCheckCharacter(unknownState))).toBe('state')
  })
  it('settings refuse a GSTIN with a wrong check character, or one of another state', async () => {
    const { owner } = await salon({ state_code: '29' })
    const wrong = await owner.invoke('settings.update', { gstin: '29AAGCB7383J1Z5' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { gstin: expect.stringContaining('does not match') } } })
    const elsewhere = await owner.invoke('settings.update', { gstin: '27AAPFU0939F1ZV' })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { gstin: 'This GSTIN is registered in 27-Maharashtra, not 29-Karnataka.' } } })
    const saved = await must(owner, 'settings.update', { gstin: ' 29aagcb7383j1z4 ', legal_name: '  ', default_sac: '999722' })
    expect(saved).toMatchObject({ gstin: '29AAGCB7383J1Z4', legal_name: null, state_code: '29', default_sac: '999722' })
  })
})

describe('the invoice of a bill', () => {
  it('carries every particular of CGST Rule 46 for a tax invoice', async () => {
    const { receptionist, priya } = await salon()
    const bill = await must(receptionist, 'bills.post', {
      customer_id: priya.id,
      items: [
        { name: 'Haircut', unit_price: 50_000, quantity: 1 },
        { name: 'Hair spa', unit_price: 120_000, quantity: 1 },
      ],
      discount: 10_000,
      buyer_gstin: '29aagcb7383j1z4',
      buyer_address: '  5 MG Road, Bengaluru ',
    })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({
      document: 'tax-invoice',
      title: 'Tax invoice',
      taxed: true,
      number: 'SAL-26-0001',
      date: '24/11/2026',
      supplier: { name: 'Glow Studio Private Limited', trade_name: 'Glow Studio', address: SALON.address, state_code: '29', state: 'Karnataka', gstin: '29AAGCB7383J1Z4', phone: SALON.salon_phone },
      buyer: { name: 'Priya Sharma', gstin: '29AAGCB7383J1Z4', address: '5 MG Road, Bengaluru', state_code: '29', state: 'Karnataka' },
      place_of_supply: '29-Karnataka',
      reverse_charge: false,
      original: null,
      taxable_value: 160_000,
      cgst: 4_000,
      sgst: 4_000,
      rounded_total: 168_000,
      amount_in_words: 'One thousand six hundred eighty rupees only',
      footer: SALON.invoice_footer,
      signatory: 'Authorised signatory',
      missing: [],
    })
    expect(invoice.lines).toEqual([
      { line_no: 1, code: '999721', description: 'Haircut', quantity: 1, unit_price: 50_000, value: 50_000, discount: 2_941, taxable_value: 47_059, gst_rate_bp: 500 },
      { line_no: 2, code: '999721', description: 'Hair spa', quantity: 1, unit_price: 120_000, value: 120_000, discount: 7_059, taxable_value: 112_941, gst_rate_bp: 500 },
    ])
    expect(invoice.tax_table).toEqual([{ gst_rate_bp: 500, taxable_value: 160_000, cgst: 4_000, sgst: 4_000 }])
  })

  it('a credit note says so and names the invoice it reduces, with its date', async () => {
    const { receptionist, owner, clock, ids } = await salon()
    const sale = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Facial', unit_price: 149_100, quantity: 1 }] })
    clock.set('2026-11-24T18:35:00.000Z') // past midnight in Bengaluru: the next day
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    const refund = await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Allergic reaction' })
    const note = await must(receptionist, 'invoices.get', { bill_id: refund.id })
    expect(note).toMatchObject({ document: 'credit-note', title: 'Credit note', number: 'SAL-CN-26-0001', date: '25/11/2026', original: { number: sale.invoice_number, date: '24/11/2026' }, reason: 'Allergic reaction', taxed: true })
    expect(note.tax_table).toEqual([{ gst_rate_bp: 500, taxable_value: 149_100, cgst: 3_728, sgst: 3_728 }])
  })

  it('a receipt (an unregistered salon) says so and carries no tax lines', async () => {
    const { receptionist } = await salon({ ...SALON, gstin: null, gst_registered: false })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Threading', unit_price: 5_050, quantity: 3 }] })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({ document: 'receipt', title: 'Receipt', taxed: false, cgst: 0, sgst: 0, tax_table: [], missing: [], amount_in_words: 'One hundred fifty-two rupees only' })
    expect(invoice.supplier.gstin).toBeNull()
    expect(invoice.lines.map((line) => line.gst_rate_bp)).toEqual([0])
  })

  it('an unregistered salon’s receipt says which of its particulars are missing rather than print a wrong one', async () => {
    const { receptionist } = await salon({ salon_name: 'Glow Studio', address: null, state_code: null, gstin: null, legal_name: null, gst_kind: 'unregistered' })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice.missing).toEqual(['the salon’s address', 'the salon’s state'])
    expect(invoice.supplier.name).toBe('Glow Studio')
  })

  it('asks an unregistered buyer’s address and state from ₹50,000, and keeps a GSTIN’s state', async () => {
    const { receptionist } = await salon()
    const big = { customer_name: 'Meera', items: [{ name: 'Bridal package', unit_price: 5_000_000, quantity: 1 }] }
    expect(await receptionist.invoke('bills.post', big)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'A bill of ₹50,000 or more carries the customer’s address and state.', fields: { buyer_address: expect.any(String), buyer_state_code: expect.any(String) } },
    })
    const posted = await must(receptionist, 'bills.post', { ...big, buyer_address: '5 MG Road, Bengaluru', buyer_state_code: '29' })
    expect(posted).toMatchObject({ buyer_address: '5 MG Road, Bengaluru', buyer_state_code: '29', buyer_gstin: null })
    const mismatch = await receptionist.invoke('bills.post', { customer_name: 'Acme', items: big.items, buyer_gstin: '27AAPFU0939F1ZV', buyer_state_code: '29' })
    expect(mismatch).toMatchObject({ ok: false, error: { fields: { buyer_gstin: 'This GSTIN is registered in 27-Maharashtra, not 29-Karnataka.' } } })
    expect(await receptionist.invoke('bills.post', { customer_name: 'Acme', items: big.items, buyer_gstin: '27AAPFU0939F1ZX' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('staff cannot read an invoice', async () => {
    const { receptionist, staff } = await salon()
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    expect(await staff.invoke('invoices.get', { bill_id: bill.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('printing through the shell’s printer port', () => {
  it('prints the asking window on the printer chosen in settings, silently if set, and saves PDFs without overwriting', async () => {
    const calls: unknown[] = []
    const printer: PrinterPort = {
      printers: async () => [{ name: 'TVS_RP3160', display_name: 'TVS RP 3160' }],
      print: async (origin, request) => {
        calls.push({ origin, ...request })
        return { printed: true, reason: null }
      },
      printToPdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
    }
    const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z', printer })
    const { owner } = await salonWithUsers(opened.core)
    await must(owner, 'settings.update', { printer_name: 'TVS_RP3160', silent_print: true })
    const window = opened.core.connect('the bill window')
    await must(window, 'session.login', { user_id: (await must(owner, 'users.list', {})).find((user) => user.role === 'receptionist')?.id ?? '', pin: PINS.receptionist })
    const bill = await must(window, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    expect(await must(window, 'invoices.printers', {})).toEqual({ printers: [{ name: 'TVS_RP3160', display_name: 'TVS RP 3160' }] })
    expect(await must(window, 'invoices.print', { bill_id: bill.id, paper: '80mm' })).toEqual({ printed: true, reason: null })
    expect(calls).toEqual([{ origin: 'the bill window', paper: '80mm', printer: 'TVS_RP3160', silent: true }])
    const first = await must(window, 'invoices.savePdf', { bill_id: bill.id, paper: 'a4' })
    const second = await must(window, 'invoices.savePdf', { bill_id: bill.id, paper: 'a4' })
    expect([basename(first.file ?? ''), basename(second.file ?? '')]).toEqual(['SAL-26-0001-a4.pdf', 'SAL-26-0001-a4-2.pdf'])
    expect(readFileSync(first.file ?? '').subarray(0, 4).toString()).toBe('%PDF')
  })

  it('without a port, says so: the screen prints with the browser instead', async () => {
    const { receptionist } = await salon()
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    expect(await must(receptionist, 'invoices.printers', {})).toEqual({ printers: null })
    expect(await must(receptionist, 'invoices.print', { bill_id: bill.id, paper: 'a4' })).toEqual({ printed: false, reason: 'no-printer' })
    expect(await must(receptionist, 'invoices.savePdf', { bill_id: bill.id, paper: 'a4' })).toEqual({ file: null })
    expect(await must(receptionist, 'invoices.shareWhatsApp', { bill_id: bill.id })).toEqual({ opened: false, reason: 'no-phone' })
  })
})
