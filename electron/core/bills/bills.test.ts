import { describe, expect, it } from 'vitest'
import { findProblems } from '../../../db/check/invariants'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import { rawDatabaseBytes } from '../../../test/helpers/temp'

const haircut = { name: 'Haircut', unit_price: 50_000, quantity: 1 }

async function salon(start?: string) {
  const opened = await openTestCore(start ? { start } : {})
  const users = await salonWithUsers(opened.core)
  const priya = await must(users.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  return { ...opened, ...users, priya }
}

describe('posting a bill', () => {
  it('computes the bill and updates the customer’s analytics with it', async () => {
    const { core, receptionist, priya, clock, ids } = await salon('2026-11-24T06:00:00.000Z')
    const bill = await must(receptionist, 'bills.post', {
      customer_id: priya.id,
      items: [haircut, { name: 'Hair spa', unit_price: 120_000, quantity: 1 }],
      discount: 10_000,
      payments: [
        { method: 'upi', amount: 100_000 },
        { method: 'cash', amount: 68_000 },
      ],
    })
    expect(bill).toMatchObject({
      invoice_number: 'SAL-26-0001',
      kind: 'sale',
      status: 'posted',
      customer_id: priya.id,
      customer_name: 'Priya Sharma',
      subtotal: 170_000,
      discount: 10_000,
      cgst: 4_000,
      sgst: 4_000,
      total: 168_000,
      rounded_total: 168_000,
      rounding_adjustment: 0,
      posted_at: '2026-11-24T11:30:00+05:30',
      created_by: ids.receptionist,
      refund_bill_id: null,
    })
    const custom = { kind: 'service', menu_item_id: null, tax_code: null, gst_rate_bp: 500, stylist_id: null, stylist_name: null }
    expect(bill.items).toEqual([
      { ...haircut, line_total: 50_000, ...custom, discount: 2_941, taxable_value: 47_059 },
      { name: 'Hair spa', unit_price: 120_000, quantity: 1, line_total: 120_000, ...custom, discount: 7_059, taxable_value: 112_941 },
    ])
    expect(bill.tax_rates).toEqual([{ gst_rate_bp: 500, taxable_value: 160_000, cgst: 4_000, sgst: 4_000 }])
    const after = await must(receptionist, 'customers.get', { id: priya.id })
    expect(after).toMatchObject({ total_visits: 1, total_spent: 168_000, total_spent_rupees: 1680, last_visit_at: '2026-11-24T11:30:00+05:30' })

    clock.advance(60_000)
    await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    expect(await must(receptionist, 'customers.get', { id: priya.id })).toMatchObject({ total_visits: 2, total_spent: 168_000 + 52_500 })
    expect(findProblems(core.store.db.sqlite)).toEqual([])
    await core.close()
  })

  it('previews exactly what posting computes', async () => {
    const { core, receptionist, priya } = await salon()
    const input = { items: [{ name: 'Colour', unit_price: 333_33, quantity: 1 }], discount: 0 }
    const preview = await must(receptionist, 'bills.preview', input)
    const posted = await must(receptionist, 'bills.post', { customer_id: priya.id, ...input })
    for (const key of ['subtotal', 'discount', 'cgst', 'sgst', 'total', 'rounded_total', 'rounding_adjustment'] as const) expect(preview[key]).toBe(posted[key])
    expect(preview).toMatchObject({ gst_rate_bp: 500, taxable_value: 33_333 })
    await core.close()
  })

  it('is one transaction: a failure leaves no half bill, no analytics change and no gap in invoice numbers', async () => {
    const { core, receptionist, priya } = await salon()
    await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    const db = core.store.db.sqlite
    db.exec(`CREATE TEMP TRIGGER fail_customer_update BEFORE UPDATE OF total_spent ON customers BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
    const failed = await receptionist.invoke('bills.post', { customer_id: priya.id, items: [haircut] })
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(db.prepare('SELECT count(*) FROM bills').pluck().get()).toBe(1)
    expect(db.prepare('SELECT count(*) FROM bill_items').pluck().get()).toBe(1)
    db.exec('DROP TRIGGER temp.fail_customer_update')
    const mismatch = await receptionist.invoke('bills.post', { customer_id: priya.id, items: [haircut], payments: [{ method: 'cash', amount: 100 }] })
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { payments: expect.any(String) } } })
    const next = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    expect(next.invoice_number).toBe('SAL-26-0002')
    expect(await must(receptionist, 'customers.get', { id: priya.id })).toMatchObject({ total_visits: 2, total_spent: 105_000 })
    expect(findProblems(db)).toEqual([])
    await core.close()
  })

  it('refuses a deleted customer and bad input, posting nothing', async () => {
    const { core, receptionist, owner, priya } = await salon()
    await must(owner, 'customers.delete', { id: priya.id })
    expect(await receptionist.invoke('bills.post', { customer_id: priya.id, items: [haircut] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const cases = [
      { customer_name: 'Walk-in', items: [] },
      { customer_name: 'Walk-in', items: [{ ...haircut, unit_price: -1 }] },
      { customer_name: 'Walk-in', items: [{ ...haircut, unit_price: 10.5 }] },
      { customer_name: 'Walk-in', items: [{ ...haircut, quantity: 0 }] },
      { customer_name: 'Walk-in', items: [haircut], discount: 60_000 },
      { customer_name: 'Walk-in', items: [haircut], customer_phone: '12345' },
      { items: [haircut] },
      { customer_id: priya.id, customer_name: 'Both', items: [haircut] },
    ]
    for (const input of cases) expect(await receptionist.invoke('bills.post', input as never)).toMatchObject({ ok: false, error: { code: expect.stringMatching(/VALIDATION|NOT_FOUND/) } })
    expect(core.store.db.sqlite.prepare('SELECT count(*) FROM bills').pluck().get()).toBe(0)
    await core.close()
  })

  it('keeps an anonymous buyer’s name, encrypts their phone, and touches no customer', async () => {
    const { core, receptionist, priya } = await salon()
    const bill = await must(receptionist, 'bills.post', { customer_name: '  Rahul   Verma ', customer_phone: '+91 91234 56789', items: [haircut] })
    expect(bill).toMatchObject({ customer_id: null, customer_name: 'Rahul Verma' })
    expect(JSON.stringify(bill)).not.toContain('9123456789')
    expect(await must(receptionist, 'customers.get', { id: priya.id })).toMatchObject({ total_visits: 0, total_spent: 0 })
    core.store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(rawDatabaseBytes(core.store.db.path).includes(Buffer.from('9123456789'))).toBe(false)
    await core.close()
  })
})

describe('refunds', () => {
  it('refund the whole bill once: the sale reads refunded and spend goes down', async () => {
    const { core, receptionist, owner, priya, ids } = await salon()
    const sale = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    expect(await receptionist.invoke('bills.refund', { bill_id: sale.id, reason: 'Unhappy' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const refund = await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Colour not as agreed' })
    expect(refund).toMatchObject({
      kind: 'refund',
      original_bill_id: sale.id,
      invoice_number: 'SAL-CN-26-0001',
      rounded_total: 52_500,
      refund_reason: 'Colour not as agreed',
      created_by: ids.owner,
      customer_id: priya.id,
    })
    expect(await must(owner, 'bills.get', { id: sale.id })).toMatchObject({ status: 'refunded', refund_bill_id: refund.id })
    expect(await must(owner, 'customers.get', { id: priya.id })).toMatchObject({ total_visits: 1, total_spent: 0 })
    expect(await owner.invoke('bills.refund', { bill_id: sale.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await owner.invoke('bills.refund', { bill_id: refund.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(findProblems(core.store.db.sqlite)).toEqual([])
    await core.close()
  })

  it('refunding an anonymous bill touches no analytics; refunds of deleted customers still count', async () => {
    const { core, receptionist, owner, priya } = await salon()
    const anonymous = await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })
    await must(owner, 'bills.refund', { bill_id: anonymous.id, reason: 'Mistake' })
    const sale = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    await must(owner, 'customers.delete', { id: priya.id })
    await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Left unhappy' })
    expect(await must(owner, 'customers.restore', { id: priya.id })).toMatchObject({ total_visits: 1, total_spent: 0 })
    expect(findProblems(core.store.db.sqlite)).toEqual([])
    await core.close()
  })

  it('bills are permanent: UPDATE and DELETE are refused by the database', async () => {
    const { core, receptionist, priya } = await salon()
    const sale = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [haircut] })
    const db = core.store.db.sqlite
    expect(() => db.prepare('UPDATE bills SET rounded_total = 0 WHERE id = ?').run(sale.id)).toThrow(/permanent/)
    expect(() => db.prepare('DELETE FROM bills WHERE id = ?').run(sale.id)).toThrow(/permanent/)
    expect(() => db.prepare('UPDATE bill_items SET unit_price = 1').run()).toThrow(/permanent/)
    expect(() => db.prepare('DELETE FROM bill_payments').run()).toThrow(/permanent/)
    await core.close()
  })
})

describe('invoice numbers', () => {
  it('count per Indian financial year in the salon’s zone (31 March → 1 April IST)', async () => {
    const { core, receptionist, clock, ids } = await salon('2027-03-31T18:25:00.000Z') // 31 Mar 23:55 IST
    const post = async () => (await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })).invoice_number
    expect(await post()).toBe('SAL-26-0001')
    expect(await post()).toBe('SAL-26-0002')
    clock.set('2027-03-31T18:29:59.999Z') // still 31 March in India
    expect(await post()).toBe('SAL-26-0003')
    clock.set('2027-03-31T18:30:00.000Z') // 1 April 00:00 IST: a new financial year
    expect(await post()).toBe('SAL-27-0001')
    clock.set('2027-04-01T02:00:00.000Z')
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(await post()).toBe('SAL-27-0002')
    await core.close()
  })

  it('follow the prefix setting and stay unique across two windows posting at once', async () => {
    const { core, receptionist, owner } = await salon()
    await must(owner, 'settings.update', { invoice_prefix: 'GLW' })
    const posts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? receptionist : owner).invoke('bills.post', { customer_name: `Guest ${i}`, items: [haircut] }))
    const results = await Promise.all(posts)
    const numbers = results.map((r) => (r.ok ? r.value.invoice_number : 'failed'))
    expect(new Set(numbers).size).toBe(40)
    expect([...numbers].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `GLW-26-${String(i + 1).padStart(4, '0')}`))
    await core.close()
  })
})
