import { describe, expect, it } from 'vitest'
import { findProblems } from '../check/invariants'
import { DomainError } from '../errors'
import { openTestCore, salonWithUsers } from '../../test/helpers/core'

async function salon() {
  const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
  const users = await salonWithUsers(opened.core)
  const { store } = opened.core
  const haircut = store.menu.create({ kind: 'service', name: 'Haircut', category: 'Hair', price: 60_000, duration_minutes: 45, tax_code: '999721' })
  const spa = store.menu.create({ kind: 'service', name: 'Hair spa', category: 'Hair', price: 120_000, duration_minutes: 60, tax_code: '999721', price_editable: false })
  const shampoo = store.menu.create({ kind: 'product', name: 'Argan shampoo', category: 'Retail', price: 45_000, tax_code: '33059011', gst_rate_bp: 1800 })
  return { ...opened, ...users, store, haircut, spa, shampoo }
}

function fieldsOf(work: () => unknown): Record<string, string> {
  try {
    work()
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') return error.fields ?? {}
    throw error
  }
  throw new Error('expected a VALIDATION error')
}

describe('the menu and posted bills', () => {
  it('a bill from the menu keeps what was charged and the code it was taxed under, whatever the menu does later', async () => {
    const { core, store, ids, haircut, spa, shampoo } = await salon()
    const posted = store.bills.post(
      {
        customer_name: 'Walk-in',
        items: [
          { name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: haircut.id, stylist_id: ids.staff },
          { name: 'Hair spa', unit_price: 120_000, quantity: 1, menu_item_id: spa.id },
          { name: 'Argan shampoo', unit_price: 45_000, quantity: 2, menu_item_id: shampoo.id },
        ],
        discount: 25_000,
      },
      ids.receptionist,
    )
    expect(posted.tax_rates).toEqual([
      { gst_rate_bp: 500, taxable_value: 163_333, cgst: 4_083, sgst: 4_083 },
      { gst_rate_bp: 1800, taxable_value: 81_667, cgst: 7_350, sgst: 7_350 },
    ])
    expect(posted.items[0]).toMatchObject({ kind: 'service', tax_code: '999721', gst_rate_bp: 500, stylist_id: ids.staff, stylist_name: 'Sarah' })
    expect(posted.items[2]).toMatchObject({ kind: 'product', tax_code: '33059011', gst_rate_bp: 1800, stylist_id: null })
    const db = store.db.sqlite
    const raw = () => JSON.stringify([db.prepare('SELECT * FROM bills').all(), db.prepare('SELECT * FROM bill_items').all(), db.prepare('SELECT * FROM bill_tax_rates').all()])
    const before = { record: store.bills.get(posted.id), raw: raw() }

    store.menu.update(haircut.id, { price: 75_000, name: 'Haircut (senior stylist)' })
    store.menu.update(shampoo.id, { gst_rate_bp: 1200, tax_code: '3305' })
    store.menu.update(spa.id, { active: false })
    store.settings.update({ gst_rate_bp: 1800 })

    expect(store.bills.get(posted.id)).toEqual(before.record)
    expect(raw()).toBe(before.raw)
    // A new bill takes the menu as it is now.
    const next = store.bills.post({ customer_name: 'Walk-in', items: [{ name: 'x', unit_price: 75_000, quantity: 1, menu_item_id: haircut.id }] }, ids.receptionist)
    expect(next.items[0]).toMatchObject({ name: 'Haircut (senior stylist)', unit_price: 75_000, gst_rate_bp: 1800 })
    // A refund copies the lines, stylists and tax table of its sale.
    const refund = store.bills.refund(posted.id, 'Allergic reaction', ids.owner)
    expect(refund.items).toEqual(before.record.items)
    expect(refund.tax_rates).toEqual(before.record.tax_rates)
    expect(findProblems(db)).toEqual([])
    await core.close()
  })

  it('refuses retired items, a fixed price changed, stylists on products and inactive stylists', async () => {
    const { core, store, ids, haircut, spa, shampoo, owner } = await salon()
    store.menu.update(haircut.id, { active: false })
    const sarahGone = await owner.invoke('users.update', { id: ids.staff, active: false })
    expect(sarahGone.ok).toBe(true)
    const fields = fieldsOf(() =>
      store.bills.preview([
        { name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: haircut.id },
        { name: 'Hair spa', unit_price: 100_000, quantity: 1, menu_item_id: spa.id },
        { name: 'Argan shampoo', unit_price: 45_000, quantity: 1, menu_item_id: shampoo.id, stylist_id: ids.receptionist },
        { name: 'Blow-dry', unit_price: 40_000, quantity: 1, stylist_id: ids.staff },
        { name: 'Ghost', unit_price: 1, quantity: 1, menu_item_id: '01ARZ3NDEKTSV4RRFFQ69G5FZZ' },
      ]),
    )
    expect(fields).toEqual({
      'items.0.menu_item_id': 'Haircut has been retired from the menu.',
      'items.1.unit_price': 'The price of Hair spa is fixed on the menu.',
      'items.2.stylist_id': 'Only services have a stylist.',
      'items.3.stylist_id': 'Pick an active member of the team.',
      'items.4.menu_item_id': 'This item is not on the menu.',
    })
    // A custom line and an editable price are fine: a service at the salon's rate with no code.
    const preview = store.bills.preview([{ name: 'Bridal trial', unit_price: 250_000, quantity: 1, stylist_id: ids.receptionist }])
    expect(preview.items[0]).toMatchObject({ kind: 'service', tax_code: null, menu_item_id: null, gst_rate_bp: 500, stylist_id: ids.receptionist })
    await core.close()
  })

  it('keeps each kind honest: services a SAC code and duration, products an HSN code and a rate; names unique per kind', async () => {
    const { core, store, haircut } = await salon()
    expect(fieldsOf(() => store.menu.create({ kind: 'service', name: 'Facial', price: 1, tax_code: '3305', duration_minutes: null }))).toEqual({
      tax_code: 'Services use SAC 999721, 999722 or 999729.',
      duration_minutes: 'How long does it usually take?',
    })
    expect(fieldsOf(() => store.menu.create({ kind: 'product', name: 'Serum', price: 1, tax_code: '999721x' }))).toEqual({
      tax_code: 'An HSN code has 4, 6 or 8 digits.',
      gst_rate_bp: 'Give the product’s GST rate.',
    })
    expect(() => store.menu.create({ kind: 'service', name: 'haircut', price: 1, tax_code: '999721', duration_minutes: 30 })).toThrow(/already has/)
    expect(store.menu.list({ query: 'HAI' }).map((item) => item.name)).toEqual(['Hair spa', 'Haircut'])
    expect(store.menu.list({ query: 'retail' }).map((item) => item.name)).toEqual(['Argan shampoo'])
    store.menu.update(haircut.id, { active: false })
    expect(store.menu.list({ query: 'hai' }).map((item) => item.name)).toEqual(['Hair spa'])
    expect(store.menu.list({ query: 'hai', include_retired: true }).map((item) => [item.name, item.active])).toEqual([
      ['Hair spa', 1],
      ['Haircut', 0],
    ])
    expect(store.menu.list({ query: '%' })).toEqual([])
    await core.close()
  })

  it('an unregistered salon issues a receipt: menu products too carry no GST, their codes kept', async () => {
    const { core, store, ids, haircut, shampoo } = await salon()
    store.settings.setKind('unregistered', '2026-11-24', null)
    const bill = store.bills.post(
      { customer_name: 'Walk-in', items: [{ name: 'Haircut', unit_price: 60_000, quantity: 1, menu_item_id: haircut.id }, { name: 'Argan shampoo', unit_price: 45_000, quantity: 1, menu_item_id: shampoo.id }], discount: 5_000 },
      ids.receptionist,
    )
    expect(bill).toMatchObject({ gst_rate_bp: 0, cgst: 0, sgst: 0, subtotal: 105_000, total: 100_000, rounded_total: 100_000, tax_rates: [{ gst_rate_bp: 0, taxable_value: 100_000, cgst: 0, sgst: 0 }] })
    expect(bill.items.map((item) => [item.tax_code, item.gst_rate_bp])).toEqual([
      ['999721', 0],
      ['33059011', 0],
    ])
    expect(findProblems(store.db.sqlite)).toEqual([])
    await core.close()
  })
})
