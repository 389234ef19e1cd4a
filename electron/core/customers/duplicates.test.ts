import { describe, expect, it } from 'vitest'
import { must, openTestCore, salonWithUsers } from '../../../test/helpers/core'

describe('a customer marked a duplicate (SYNC.md: the same phone registered on two desks)', () => {
  it('may hold the phone of the customer it duplicates, and leaves search, lists and dashboards', async () => {
    const { core } = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
    const { owner, receptionist } = await salonWithUsers(core)
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
    const twin = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharmaa', phone: '9812345678' })
    await must(receptionist, 'bills.post', { customer_id: twin.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    expect((await must(receptionist, 'customers.search', { query: 'Sharmaa' })).map((c) => c.id)).toEqual([twin.id])

    // Merging comes later; here the rule sync applies: the later one is marked a duplicate of the first, and takes its phone.
    const { sqlite } = core.store.db
    const first = sqlite.prepare(`SELECT phone_bidx, phone_last4_bidx FROM customers WHERE id = ?`).get(priya.id) as { phone_bidx: Uint8Array; phone_last4_bidx: Uint8Array }
    core.store.writes.transact(null, () => core.store.writes.writer.update('customers', twin.id, { duplicate_of: priya.id, phone_bidx: first.phone_bidx, phone_last4_bidx: first.phone_last4_bidx }))

    expect(await must(receptionist, 'customers.search', { query: 'Sharmaa' })).toEqual([])
    expect((await must(receptionist, 'customers.search', { query: 'Priya' })).map((c) => c.id)).toEqual([priya.id])
    expect((await must(receptionist, 'customers.search', { query: 'riy' })).map((c) => c.id)).toEqual([priya.id])
    expect((await must(receptionist, 'customers.search', { query: '98765 43210' })).map((c) => c.id)).toEqual([priya.id])
    expect((await must(receptionist, 'customers.search', { query: '3210' })).map((c) => c.id)).toEqual([priya.id])
    expect((await must(owner, 'analytics.topCustomers', {})).map((c) => c.id)).not.toContain(twin.id)
    // Still a customer of its own for its history until merged.
    expect(await must(owner, 'customers.get', { id: twin.id })).toMatchObject({ id: twin.id, total_visits: 1 })

    // The phone stays unique among customers that are not duplicates: a new registration names the first.
    expect(await receptionist.invoke('customers.create', { first_name: 'Third', phone: '9876543210' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflict: { customer_id: priya.id } } })
    expect(() => sqlite.prepare(`UPDATE customers SET duplicate_of = NULL WHERE id = ?`).run(twin.id)).toThrow(/UNIQUE/)

    await must(owner, 'customers.delete', { id: twin.id })
    expect(await must(owner, 'customers.listDeleted', {})).toEqual([])
    await core.close()
  })
})
