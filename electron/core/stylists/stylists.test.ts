import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

describe('stylists on bill lines', () => {
  it('the owner’s month per stylist: services, revenue net of refunds, average bill, returning customers, commission due', async () => {
    const { core, clock } = await openTestCore({ start: '2026-10-20T06:00:00.000Z' })
    const { owner, receptionist, staff, ids } = await salonWithUsers(core)
    const meena = await must(owner, 'users.create', { name: 'Meena', role: 'staff', pin: '264913' })
    await must(owner, 'users.update', { id: ids.staff, commission_bp: 1_000 })
    const haircut = await must(owner, 'menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 60_000, duration_minutes: 45, tax_code: '999721' })
    const spa = await must(owner, 'menu.create', { kind: 'service', name: 'Hair spa', category: 'Hair', price: 120_000, duration_minutes: 60, tax_code: '999721', price_editable: false })
    const shampoo = await must(owner, 'menu.create', { kind: 'product', name: 'Argan shampoo', category: 'Retail', price: 45_000, tax_code: '33059011', gst_rate_bp: 1800 })
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
    const karan = await must(receptionist, 'customers.create', { first_name: 'Karan', last_name: 'Mehta', phone: '9876543211' })
    const cut = (stylist: string, unit_price = 60_000, quantity = 1) => ({ name: 'Haircut', unit_price, quantity, menu_item_id: haircut.id, stylist_id: stylist })
    // October: Priya's first visit (a haircut with Sarah, at the old price).
    await must(receptionist, 'bills.post', { customer_id: priya.id, items: [cut(ids.staff, 50_000)] })

    clock.set('2026-11-24T06:00:00.000Z')
    for (const [connection, role] of [[owner, 'owner'], [receptionist, 'receptionist'], [staff, 'staff']] as const) await must(connection, 'session.login', { user_id: ids[role], pin: PINS[role] })
    await must(receptionist, 'bills.post', {
      customer_id: priya.id,
      items: [cut(ids.staff), { name: 'Hair spa', unit_price: 120_000, quantity: 1, menu_item_id: spa.id, stylist_id: meena.id }, { name: 'Argan shampoo', unit_price: 45_000, quantity: 2, menu_item_id: shampoo.id }],
      discount: 25_000,
    })
    await must(receptionist, 'bills.post', { customer_id: karan.id, items: [cut(ids.staff)] })
    const walkIn = await must(receptionist, 'bills.post', { customer_name: 'Walk-in', items: [cut(ids.staff, 60_000, 2)] })
    await must(owner, 'bills.refund', { bill_id: walkIn.id, reason: 'Posted twice' })

    const november = await must(owner, 'stylists.report', { month: '2026-11' })
    expect(november.stylists).toEqual([
      // Sarah: 54,445 (60,000 less her 5,555 share of the discount) + 60,000 + 120,000 − 120,000 refunded.
      { stylist_id: ids.staff, name: 'Sarah', role: 'staff', active: true, services_done: 4, bills: 3, revenue: 114_445, average_bill: 38_148, customers: 2, returning_customers: 1, returning_share_bp: 5_000, commission_bp: 1_000, commission_due: 11_445 },
      // Meena: 120,000 less 11,112 of the discount.
      { stylist_id: meena.id, name: 'Meena', role: 'staff', active: true, services_done: 1, bills: 1, revenue: 108_888, average_bill: 108_888, customers: 1, returning_customers: 1, returning_share_bp: 10_000, commission_bp: 0, commission_due: 0 },
    ])
    expect(november).toMatchObject({ month: '2026-11', services_done: 5, revenue: 223_333, commission_due: 11_445 })
    const october = await must(owner, 'stylists.report', { month: '2026-10' })
    expect(october.stylists.find((row) => row.stylist_id === ids.staff)).toMatchObject({ services_done: 1, revenue: 50_000, customers: 1, returning_customers: 0, commission_due: 5_000 })
    expect(october.stylists.find((row) => row.stylist_id === meena.id)).toMatchObject({ services_done: 0, revenue: 0, average_bill: 0, returning_share_bp: 0 })

    // Staff see their own day only: Sarah's three lines today, none of Meena's; the receptionist did none.
    expect(await must(staff, 'stylists.myDay', {})).toEqual({
      date: '2026-11-24',
      services_done: 4,
      services: [
        { name: 'Haircut', quantity: 1, at: '2026-11-24T11:30:00+05:30' },
        { name: 'Haircut', quantity: 1, at: '2026-11-24T11:30:00+05:30' },
        { name: 'Haircut', quantity: 2, at: '2026-11-24T11:30:00+05:30' },
      ],
    })
    expect(await must(receptionist, 'stylists.myDay', {})).toEqual({ date: '2026-11-24', services_done: 0, services: [] })
    expect(await staff.invoke('stylists.report', { month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await receptionist.invoke('menu.update', { id: haircut.id, price: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // The counter's stylist picker: active users, staff first.
    expect((await must(receptionist, 'stylists.list', {})).map((user) => user.name)).toEqual(['Meena', 'Sarah', 'Asha (Owner)', 'Ravi'])
    await core.close()
  })
})
