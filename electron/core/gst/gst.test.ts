import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

async function salon() {
  const opened = await openTestCore({ start: '2026-10-31T12:00:00.000Z' })
  const users = await salonWithUsers(opened.core)
  await must(users.owner, 'settings.update', { legal_name: 'Glow Studio Private Limited', address: 'Indiranagar, Bengaluru', state_code: '29', gstin: '29AAGCB7383J1Z4' })
  const at = async (iso: string) => {
    opened.clock.set(iso)
    await must(users.owner, 'session.login', { user_id: users.ids.owner, pin: PINS.owner })
  }
  return { ...opened, ...users, at }
}

const line = (name: string, rupees: number, quantity = 1) => ({ name, unit_price: rupees * 100, quantity })

describe('the GST summary', () => {
  it('equals the sum of the month’s bills less its credit notes, by rate, by SAC and by document series', async () => {
    const { owner, at, core, path } = await salon()
    await must(owner, 'bills.post', { customer_name: 'October', items: [line('Haircut', 500)] }) // 31 Oct 17:30 IST: October
    await at('2026-10-31T19:00:00.000Z') // 1 Nov 00:30 IST: November
    const first = await must(owner, 'bills.post', { customer_name: 'Meera', items: [line('Haircut', 650), line('Threading', 80, 2)], discount: 1_000 })
    const business = await must(owner, 'bills.post', { customer_name: 'Sharma Events', items: [line('Bridal makeup', 12_000)], buyer_gstin: '24AAACC1206D1ZM', buyer_address: 'CG Road, Ahmedabad' })
    await at('2026-11-15T06:00:00.000Z')
    const third = await must(owner, 'bills.post', { customer_name: 'Kavya', items: [line('Hair spa', 1_400)] })
    const refund = await must(owner, 'bills.refund', { bill_id: first.id, reason: 'Unhappy with the cut' })
    await at('2026-11-30T18:29:00.000Z') // 30 Nov 23:59 IST: still November
    const last = await must(owner, 'bills.post', { customer_name: 'Asha', items: [line('Pedicure', 700)] })
    await at('2026-11-30T18:31:00.000Z') // 1 Dec: December
    await must(owner, 'bills.post', { customer_name: 'December', items: [line('Haircut', 500)] })

    const summary = await must(owner, 'gst.summary', { month: '2026-11' })
    const sales = [first, business, third, last]
    const sum = (bills: typeof sales, key: 'cgst' | 'sgst') => bills.reduce((total, bill) => total + bill[key], 0)
    const taxable = (bills: typeof sales) => bills.reduce((total, bill) => total + bill.subtotal - bill.discount, 0)
    const net = { taxable_value: taxable(sales) - taxable([refund]), cgst: sum(sales, 'cgst') - refund.cgst, sgst: sum(sales, 'sgst') - refund.sgst }
    expect(summary).toMatchObject({ label: 'November 2026', from: '2026-11-01', to: '2026-11-30', place_of_supply: '29-Karnataka', invoices: 4, credit_notes: 1, totals: net })
    expect(summary.by_rate).toEqual([
      { gst_rate_bp: 500, ...net, invoiced: { taxable_value: taxable(sales), cgst: sum(sales, 'cgst'), sgst: sum(sales, 'sgst') }, credited: { taxable_value: taxable([refund]), cgst: refund.cgst, sgst: refund.sgst } },
    ])
    // Unregistered buyers: everything but the business's invoice.
    expect(summary.b2cs).toEqual([{ gst_rate_bp: 500, taxable_value: net.taxable_value - 1_200_000, cgst: net.cgst - business.cgst, sgst: net.sgst - business.sgst }])
    expect(summary.b2b).toEqual([
      { kind: 'invoice', buyer_gstin: '24AAACC1206D1ZM', buyer_name: 'Sharma Events', number: business.invoice_number, date: '01/11/2026', value: business.rounded_total, gst_rate_bp: 500, taxable_value: 1_200_000, cgst: business.cgst, sgst: business.sgst },
    ])
    expect(summary.by_code).toMatchObject([{ code: '999721', gst_rate_bp: 500, quantity: 6 - 3, taxable_value: net.taxable_value }])
    expect(summary.documents).toEqual([
      { nature: 'Invoices for outward supply', series: 'SAL-26-', first: 'SAL-26-0002', last: 'SAL-26-0005', count: 4, cancelled: 0 },
      { nature: 'Credit Note', series: 'SAL-CN-26-', first: 'SAL-CN-26-0001', last: 'SAL-CN-26-0001', count: 1, cancelled: 0 },
    ])

    // The financial year (April 2026 to March 2027) holds October, November and December.
    const year = await must(owner, 'gst.summary', { fy: 2026 })
    expect(year).toMatchObject({ label: 'FY 2026-27 (April–March)', invoices: 6, credit_notes: 1 })
    expect(year.totals.taxable_value).toBe(net.taxable_value + 100_000)

    // CSV files for the GST offline tool; a second export never overwrites the first.
    const { files } = await must(owner, 'gst.exportCsv', { month: '2026-11' })
    expect(files.map((file) => basename(file))).toEqual(['gstr1-2026-11-b2b.csv', 'gstr1-2026-11-cdnr.csv', 'gstr1-2026-11-b2cs.csv', 'gstr1-2026-11-hsn.csv', 'gstr1-2026-11-docs.csv'])
    const read = (section: string) => readFileSync(files.find((file) => file.endsWith(`-${section}.csv`)) ?? '', 'utf8')
    expect(read('b2cs')).toBe(`Type,Place Of Supply,Rate,Applicable % of Tax Rate,Taxable Value,Cess Amount,E-Commerce GSTIN\r\nOE,29-Karnataka,5,,${(net.taxable_value - 1_200_000) / 100}.00,0.00,\r\n`)
    expect(read('b2b')).toContain(`24AAACC1206D1ZM,Sharma Events,${business.invoice_number},01-Nov-2026,12600.00,29-Karnataka,N,,Regular B2B,,5,12000.00,0.00`)
    expect(read('docs')).toBe('Nature of Document,Sr. No. From,Sr. No. To,Total Number,Cancelled\r\nInvoices for outward supply,SAL-26-0002,SAL-26-0005,4,0\r\nCredit Note,SAL-CN-26-0001,SAL-CN-26-0001,1,0\r\n')
    const again = await must(owner, 'gst.exportCsv', { month: '2026-11' })
    expect(basename(again.files[0] ?? '')).toBe('gstr1-2026-11-b2b-2.csv')
    expect(core.store.db.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'gst.export_csv'`).pluck().get()).toBe(2)
    expect(path).toBeTruthy()
  })
})
