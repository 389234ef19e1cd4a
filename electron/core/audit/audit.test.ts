import { afterEach, describe, expect, it, vi } from 'vitest'
import { openCore } from '..'
import { must, openTestCore, salonWithUsers, FAST_PIN_HASHING, PINS } from '../../../test/helpers/core'
import { READ_FLUSH_MS } from './audit-trail'

afterEach(() => {
  vi.useRealTimers()
})

describe('audit log', () => {
  it('records every logged action with user, time, target and outcome, and no PII', async () => {
    const { core, clock } = await openTestCore()
    const { owner, receptionist, staff, ids, anonymous } = await salonWithUsers(core)
    await anonymous.invoke('session.login', { user_id: ids.staff, pin: '000000' })
    const c = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210', email: 'priya@example.com' })
    await must(receptionist, 'customers.update', { id: c.id, notes: 'Prefers Sarah' })
    await must(receptionist, 'customers.get', { id: c.id })
    await must(receptionist, 'customers.findByPhone', { phone: '98765 43210' })
    await staff.invoke('customers.get', { id: c.id })
    await must(owner, 'customers.delete', { id: c.id })
    await must(owner, 'customers.restore', { id: c.id })
    await must(owner, 'settings.update', { salon_name: 'Glow' })
    await must(owner, 'users.update', { id: ids.staff, name: 'Sarah M' })
    await must(receptionist, 'session.logout', {})
    clock.advance(1000)

    const page = await must(owner, 'audit.list', { limit: 200 })
    const actions = page.items.map((e) => `${e.action}:${e.outcome}`)
    for (const expected of [
      'session.setup_owner:ok',
      'user.create:ok',
      'session.login:ok',
      'session.login:failed',
      'customer.create:ok',
      'customer.update:ok',
      'customer.read:ok',
      'customers.get:denied',
      'customer.delete:ok',
      'customer.restore:ok',
      'settings.update:ok',
      'user.update:ok',
      'session.logout:ok',
    ]) {
      expect(actions).toContain(expected)
    }
    expect(page.items.filter((e) => e.action === 'customer.read')).toHaveLength(2)
    const create = page.items.find((e) => e.action === 'customer.create')
    expect(create).toMatchObject({ user_id: ids.receptionist, customer_id: c.id, target_id: c.id, at: expect.stringMatching(/\+05:30$/) })
    // Newest first.
    expect([...page.items].map((e) => e.id)).toEqual([...page.items].map((e) => e.id).sort().reverse())
    const raw = JSON.stringify(core.store.db.sqlite.prepare('SELECT * FROM audit_log').all())
    for (const pii of ['9876543210', 'priya@example.com', 'Sharma', 'Prefers Sarah']) expect(raw).not.toContain(pii)

    const forCustomer = await must(owner, 'audit.list', { customer_id: c.id })
    expect(forCustomer.items.every((e) => e.customer_id === c.id)).toBe(true)
    expect(forCustomer.items.map((e) => e.action).sort()).toEqual(
      ['customer.create', 'customer.delete', 'customer.read', 'customer.read', 'customer.restore', 'customer.update', 'customers.get'].sort(),
    )
    await core.close()
  })

  it('pages with an opaque cursor', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    for (let i = 0; i < 7; i++) await must(owner, 'settings.update', { salon_name: `Salon ${i}` })
    const seen: string[] = []
    let before: string | undefined
    for (;;) {
      const page = await must(owner, 'audit.list', { limit: 3, ...(before ? { before } : {}) })
      seen.push(...page.items.map((e) => e.id))
      if (!page.next) break
      before = page.next
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(core.store.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').pluck().get())
    await core.close()
  })

  it('is append-only: UPDATE and DELETE fail', async () => {
    const { core } = await openTestCore()
    await salonWithUsers(core)
    const db = core.store.db.sqlite
    expect(() => db.prepare(`UPDATE audit_log SET outcome = 'ok'`).run()).toThrow(/append-only/)
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/)
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBeGreaterThan(0)
    await core.close()
  })

  it('INSERT OR REPLACE cannot overwrite an append-only row: audit entries, bills and their lines, the erasure ledger', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const bill = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 65_000, quantity: 1 }] })
    await must(owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked in writing' })
    const db = core.store.db.sqlite
    const entry = db.prepare(`SELECT * FROM audit_log ORDER BY id LIMIT 1`).get() as Record<string, unknown>
    expect(() => db.prepare(`INSERT OR REPLACE INTO audit_log (id, at, user_id, action, target_id, customer_id, outcome) VALUES (?, ?, NULL, 'forged', NULL, NULL, 'ok')`).run(entry.id, entry.at)).toThrow(/append-only/)
    expect(db.prepare(`SELECT action FROM audit_log WHERE id = ?`).pluck().get(entry.id)).toBe(entry.action)
    expect(() => db.prepare(`REPLACE INTO bill_items (bill_id, line_no, name, unit_price, quantity, line_total) VALUES (?, 1, 'Free', 0, 1, 0)`).run(bill.id)).toThrow(/permanent tax records/)
    expect(() => db.prepare(`INSERT OR REPLACE INTO erasure_ledger (customer_id, erased_at, user_id, basis) VALUES (?, '2026-01-01T00:00:00.000Z', NULL, 'forged')`).run(priya.id)).toThrow(/append-only/)
    await core.close()
  })

  it('buffers reads off the lookup path and writes them within a second, or at close', async () => {
    const { core, path, key } = await openTestCore()
    const { receptionist } = await salonWithUsers(core)
    const c = await must(receptionist, 'customers.create', { first_name: 'Meera', phone: '9876500001' })
    const count = () => core.store.db.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'customer.read'`).pluck().get()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await must(receptionist, 'customers.get', { id: c.id })
    expect(count()).toBe(0) // not yet on disk: the lookup did not wait for a write
    expect(READ_FLUSH_MS).toBeLessThanOrEqual(1000)
    vi.advanceTimersByTime(READ_FLUSH_MS)
    expect(count()).toBe(1)
    await must(receptionist, 'customers.get', { id: c.id })
    await core.close() // flushes
    const reopened = await openCore({ databasePath: path, dataKey: key, pinHashParams: FAST_PIN_HASHING })
    expect(reopened.store.db.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'customer.read'`).pluck().get()).toBe(2)
    await reopened.close()
  })

  it('filters by user, group of actions and salon dates, and names what each entry touched', async () => {
    const { core, clock } = await openTestCore({ start: '2026-11-24T05:00:00.000Z' })
    const { owner, receptionist, staff, ids } = await salonWithUsers(core)
    const priya = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
    const bill = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    const ticket = await must(receptionist, 'walkins.create', { customer_id: priya.id, service: 'Haircut' })
    await staff.invoke('customers.get', { id: priya.id }) // refused
    clock.set('2026-11-25T19:00:00.000Z') // 26 Nov, 00:30 in Kolkata: the owner's session timed out meanwhile
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    await must(owner, 'bills.refund', { bill_id: bill.id, reason: 'Colour not as asked' })
    await must(owner, 'users.update', { id: ids.staff, name: 'Sarah Thomas' })

    const all = (await must(owner, 'audit.list', { limit: 500 })).items
    expect(all.find((entry) => entry.action === 'bill.post')).toMatchObject({ target: `Bill ${bill.invoice_number}`, customer_name: 'Priya Sharma' })
    expect(all.find((entry) => entry.action === 'bill.refund')).toMatchObject({ target: `Bill ${bill.invoice_number}` })
    expect(all.find((entry) => entry.action === 'visit.walkin')).toMatchObject({ target: `Ticket ${ticket.ticket_number}` })
    expect(all.find((entry) => entry.action === 'user.update')).toMatchObject({ target: 'User Sarah Thomas', customer_name: null })

    const byReceptionist = (await must(owner, 'audit.list', { user_id: ids.receptionist })).items
    expect(byReceptionist.length).toBeGreaterThan(0)
    expect(new Set(byReceptionist.map((entry) => entry.user_id))).toEqual(new Set([ids.receptionist]))
    const bills = (await must(owner, 'audit.list', { group: 'bills' })).items
    expect(bills.map((entry) => entry.action).sort()).toEqual(['bill.post', 'bill.refund'])
    const refused = (await must(owner, 'audit.list', { group: 'refused' })).items
    expect(refused.map((entry) => [entry.action, entry.user_id, entry.outcome])).toEqual([['customers.get', ids.staff, 'denied']])
    // Salon dates, inclusive: the refund at 00:30 on the 26th belongs to the 26th, not the 25th.
    const onThe26th = (await must(owner, 'audit.list', { from: '2026-11-26', to: '2026-11-26' })).items.map((entry) => entry.action)
    expect(onThe26th).toEqual(expect.arrayContaining(['bill.refund', 'user.update', 'session.login']))
    expect(onThe26th).not.toContain('bill.post')
    expect((await must(owner, 'audit.list', { from: '2026-11-25', to: '2026-11-25' })).items).toEqual([])
    expect(await owner.invoke('audit.list', { from: '2026-11-26', to: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: expect.any(String) } } })
    await core.close()
  })
})
