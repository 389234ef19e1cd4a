import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers, TEST_PARTICULARS } from '../../../test/helpers/core'

// Issue 18: items 1 (no tax invoice without the supplier's particulars), 2 (three kinds of salon,
// each with its own document, dated) and 5 (reprints are the document that was issued).

const GLOW = {
  salon_name: 'Glow Studio',
  legal_name: 'Glow Studio Private Limited',
  address: '12, 4th Cross, Indiranagar, Bengaluru 560038',
  state_code: '29',
  gstin: '29AAGCB7383J1Z4',
  invoice_footer: 'Thank you! See you again.',
} as const
const HAIRCUT = [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }]

async function salon(options: { particulars?: boolean } = {}) {
  const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
  const users = await salonWithUsers(opened.core, options)
  return { ...opened, ...users }
}

describe('item 1: a tax invoice without the supplier’s GSTIN is impossible', () => {
  it('refuses to post a taxed bill until the GSTIN, legal name, address and state are set, keeping its draft; then posts it', async () => {
    const { owner, receptionist, core } = await salon({ particulars: false })
    // Out of the box: registered (regular) at 5%, with no particulars.
    expect(await must(owner, 'settings.get', {})).toMatchObject({ gst_kind: 'regular', gst_registered: true, gstin: null, address: null })
    await must(receptionist, 'drafts.save', { key: 'bill:new', data: '{"items":[{"name":"Haircut"}]}' })
    const refused = await receptionist.invoke('bills.post', { customer_name: 'Meera', items: HAIRCUT, draft_key: 'bill:new' })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/^A tax invoice must name the salon’s GSTIN, legal name, address and state\. Missing: the salon’s GSTIN, legal name, address and state\. The owner sets them in Admin › Settings › Salon details/),
        fields: { gstin: expect.any(String), legal_name: expect.any(String), address: expect.any(String), state_code: expect.any(String) },
      },
    })
    // Nothing lost, nothing half-written: the draft is there, no bill, no number used.
    expect((await must(receptionist, 'drafts.list', {})).map((draft) => draft.key)).toEqual(['bill:new'])
    expect(core.store.db.sqlite.prepare('SELECT count(*) FROM bills').pluck().get()).toBe(0)

    // One particular still missing is named alone.
    await must(owner, 'settings.update', { gstin: GLOW.gstin, legal_name: GLOW.legal_name, state_code: '29' })
    expect(await receptionist.invoke('bills.post', { customer_name: 'Meera', items: HAIRCUT, draft_key: 'bill:new' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Missing: the salon’s address.'), fields: { address: expect.any(String) } },
    })
    await must(owner, 'settings.update', { address: GLOW.address })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT, draft_key: 'bill:new' })
    expect(bill).toMatchObject({ invoice_number: 'SAL-26-0001', cgst: 1_250 })
    expect(await must(receptionist, 'drafts.list', {})).toEqual([])
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({ document: 'tax-invoice', missing: [], supplier: { gstin: GLOW.gstin, address: GLOW.address, state: 'Karnataka' } })
  })

  it('a composition salon’s bill of supply needs its particulars too; a salon not registered needs none', async () => {
    const { owner, receptionist } = await salon({ particulars: false })
    await must(owner, 'settings.update', { gst_kind: 'composition' })
    expect(await receptionist.invoke('bills.post', { customer_name: 'Meera', items: HAIRCUT })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('A composition salon’s bill of supply must name the salon’s GSTIN') },
    })
    await must(owner, 'settings.update', { gst_kind: 'unregistered' })
    expect(await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })).toMatchObject({ cgst: 0, sgst: 0, rounded_total: 50_000 })
  })
})

describe('item 2: three kinds of salon, each with its own document', () => {
  it('regular: a tax invoice collecting CGST and SGST, GSTIN printed, no “not registered” note', async () => {
    const { owner, receptionist } = await salon()
    await must(owner, 'settings.update', GLOW)
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({ document: 'tax-invoice', title: 'Tax invoice', salon_kind: 'regular', heading: null, note: null, taxed: true, cgst: 1_250, sgst: 1_250, rounded_total: 52_500 })
    expect(invoice.supplier.gstin).toBe(GLOW.gstin)
    expect(invoice.place_of_supply).toBe('29-Karnataka')
  })

  it('regular, a bill of 0% lines only: a bill of supply with the GSTIN, never “Supplier not registered under GST”', async () => {
    const { owner, receptionist } = await salon()
    await must(owner, 'settings.update', { ...GLOW, gst_rate_bp: 0 })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({ document: 'bill-of-supply', title: 'Bill of supply', salon_kind: 'regular', note: null, heading: null, taxed: false, cgst: 0 })
    expect(invoice.supplier.gstin).toBe(GLOW.gstin)
    expect(JSON.stringify(invoice)).not.toMatch(/not registered/i)
  })

  it('composition: a bill of supply collecting no tax, headed as a composition taxable person, GSTIN printed; its refund a credit note', async () => {
    const { owner, receptionist } = await salon()
    await must(owner, 'settings.update', { ...GLOW, gst_kind: 'composition' })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: [{ name: 'Hair spa', unit_price: 120_000, quantity: 1 }] })
    expect(bill).toMatchObject({ gst_rate_bp: 0, cgst: 0, sgst: 0, rounded_total: 120_000 })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({
      document: 'bill-of-supply',
      title: 'Bill of supply',
      salon_kind: 'composition',
      heading: 'Composition taxable person, not eligible to collect tax on supplies',
      note: null,
      taxed: false,
      tax_table: [],
      supplier: { gstin: GLOW.gstin },
      place_of_supply: '29-Karnataka',
    })
    const refund = await must(owner, 'bills.refund', { bill_id: bill.id, reason: 'Redone free' })
    expect(await must(receptionist, 'invoices.get', { bill_id: refund.id })).toMatchObject({ document: 'credit-note', title: 'Credit note', heading: 'Composition taxable person, not eligible to collect tax on supplies', taxed: false })
  })

  it('not registered: a plain receipt that collects no tax and claims no GST document', async () => {
    const { owner, receptionist } = await salon()
    await must(owner, 'settings.update', { ...GLOW, gst_kind: 'unregistered' })
    expect(await must(owner, 'settings.get', {})).toMatchObject({ gst_kind: 'unregistered', gst_registered: false })
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    const invoice = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(invoice).toMatchObject({ document: 'receipt', title: 'Receipt', salon_kind: 'unregistered', heading: null, note: 'Not registered under GST: no tax charged.', taxed: false, place_of_supply: null, cgst: 0 })
    // Settings still hold a GSTIN from before; a receipt prints none.
    expect(invoice.supplier.gstin).toBeNull()
    expect(JSON.stringify(invoice)).not.toMatch(/bill of supply|tax invoice/i)
    const refund = await must(owner, 'bills.refund', { bill_id: bill.id, reason: 'Unhappy' })
    expect(await must(receptionist, 'invoices.get', { bill_id: refund.id })).toMatchObject({ document: 'refund-receipt', title: 'Refund receipt' })
  })

  it('a change of kind takes effect from a day, today or later: today’s bills stay as they were, bills take the kind of their day', async () => {
    const { owner, receptionist, clock, ids } = await salon()
    await must(owner, 'settings.update', GLOW)
    expect(await owner.invoke('settings.update', { gst_kind: 'composition', gst_kind_from: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { gst_kind_from: expect.stringContaining('today (2026-11-24) or later') } },
    })
    expect(await owner.invoke('settings.update', { gst_kind_from: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { gst_kind: expect.any(String) } } })
    const saved = await must(owner, 'settings.update', { gst_kind: 'composition', gst_kind_from: '2026-12-01' })
    expect(saved).toMatchObject({ gst_kind: 'regular', gst_kind_changes: [{ kind: 'composition', effective_from: '2026-12-01' }] })
    const today = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    expect(today).toMatchObject({ cgst: 1_250 })

    clock.set('2026-11-30T18:29:59.999Z') // a moment before midnight in Bengaluru: still 30 November
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(await must(owner, 'settings.get', {})).toMatchObject({ gst_kind: 'regular' })
    expect(await must(receptionist, 'bills.preview', { items: HAIRCUT })).toMatchObject({ cgst: 1_250 })
    clock.set('2026-11-30T18:30:00.000Z') // midnight in Bengaluru: 1 December
    expect(await must(owner, 'settings.get', {})).toMatchObject({ gst_kind: 'composition', gst_kind_changes: [] })
    expect(await must(receptionist, 'bills.preview', { items: HAIRCUT })).toMatchObject({ cgst: 0 })
    const december = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    expect(december).toMatchObject({ cgst: 0, rounded_total: 50_000 })
    expect(await must(receptionist, 'invoices.get', { bill_id: december.id })).toMatchObject({ document: 'bill-of-supply', salon_kind: 'composition' })
    expect(await must(receptionist, 'invoices.get', { bill_id: today.id })).toMatchObject({ document: 'tax-invoice', salon_kind: 'regular', cgst: 1_250 })
  })
})

describe('item 2: the GST summary of a composition salon', () => {
  it('gives turnover by quarter (CMP-08, GSTR-4) instead of GSTR-1 tables; a regular bill of the same month stays in GSTR-1', async () => {
    const { owner, receptionist, clock, ids } = await salon()
    await must(owner, 'settings.update', GLOW)
    const regular = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    await must(owner, 'settings.update', { gst_kind: 'composition', gst_kind_from: '2026-11-25' })
    clock.set('2026-11-25T06:00:00.000Z')
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    const first = await must(receptionist, 'bills.post', { customer_name: 'Asha', items: [{ name: 'Hair spa', unit_price: 120_000, quantity: 1 }] })
    await must(receptionist, 'bills.post', { customer_name: 'Nila', items: [{ name: 'Facial', unit_price: 80_000, quantity: 1 }], discount: 5_000 })
    await must(owner, 'bills.refund', { bill_id: first.id, reason: 'Redone free' })
    const summary = await must(owner, 'gst.summary', { month: '2026-11' })
    expect(summary.composition).toEqual({
      quarters: [{ quarter: 'October–December 2026', from: '2026-10-01', to: '2026-12-31', bills: 2, credit_notes: 1, invoiced: 195_000, credited: 120_000, turnover: 75_000 }],
      turnover: 75_000,
    })
    // GSTR-1 holds the regular bill alone.
    expect(summary).toMatchObject({ invoices: 1, credit_notes: 0, totals: { taxable_value: 50_000, cgst: 1_250, sgst: 1_250 } })
    expect(summary.documents).toEqual([{ nature: 'Invoices for outward supply', series: 'SAL-26-', first: regular.invoice_number, last: regular.invoice_number, count: 1, cancelled: 0 }])
  })
})

describe('item 5: reprints are the document that was issued', () => {
  it('a reprint after the settings changed prints the particulars it was issued with, and says “Duplicate”; prints and shares are audited', async () => {
    const { owner, receptionist } = await salon()
    await must(owner, 'settings.update', GLOW)
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    const first = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(first).toMatchObject({ copy: 'original', copy_label: 'Original for recipient' })
    expect(await must(receptionist, 'invoices.print', { bill_id: bill.id, paper: 'a4' })).toEqual({ printed: false, reason: 'no-printer' })

    // The salon moves, renames itself, changes its footer and becomes a composition salon.
    await must(owner, 'settings.update', {
      salon_name: 'Glow & Co',
      legal_name: 'Glow and Company LLP',
      address: '7, Residency Road, Bengaluru 560025',
      invoice_footer: 'New address from December.',
      salon_phone: '080 4000 0000',
      default_sac: '999722',
      gst_kind: 'composition',
    })
    const reprint = await must(receptionist, 'invoices.get', { bill_id: bill.id })
    expect(reprint).toEqual({ ...first, copy: 'duplicate', copy_label: 'Duplicate for supplier' })
    expect(reprint).toMatchObject({
      document: 'tax-invoice',
      supplier: { name: GLOW.legal_name, trade_name: GLOW.salon_name, address: GLOW.address, gstin: GLOW.gstin },
      footer: GLOW.invoice_footer,
      lines: [{ code: '999721' }],
    })
    await must(receptionist, 'invoices.shareText', { bill_id: bill.id })
    await must(receptionist, 'invoices.print', { bill_id: bill.id, paper: '80mm' })
    const entries = (await must(owner, 'audit.list', { group: 'bills' })).items.filter((entry) => entry.target_id === bill.id)
    expect(entries.map((entry) => entry.action).sort()).toEqual(['bill.post', 'bill.print', 'bill.print', 'bill.share'])
  })

  it('the snapshot is a ledger column: written once with the bill, refused any change', async () => {
    const { owner, receptionist, core } = await salon()
    await must(owner, 'settings.update', GLOW)
    const bill = await must(receptionist, 'bills.post', { customer_name: 'Meera', items: HAIRCUT })
    const row = core.store.db.sqlite.prepare('SELECT gst_kind, supplier_name, supplier_gstin, place_of_supply, invoice_footer, default_sac FROM bills WHERE id = ?').get(bill.id)
    expect(row).toEqual({ gst_kind: 'regular', supplier_name: GLOW.legal_name, supplier_gstin: GLOW.gstin, place_of_supply: '29-Karnataka', invoice_footer: GLOW.invoice_footer, default_sac: '999721' })
    for (const column of ['gst_kind', 'supplier_name', 'supplier_gstin', 'supplier_address', 'place_of_supply', 'invoice_footer', 'default_sac']) {
      expect(() => core.store.db.sqlite.prepare(`UPDATE bills SET ${column} = NULL WHERE id = ?`).run(bill.id)).toThrow(/permanent tax records/)
    }
    expect(TEST_PARTICULARS.gstin).toBe(GLOW.gstin)
  })
})
