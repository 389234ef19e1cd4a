import { afterEach, describe, expect, it, vi } from 'vitest'
import { openCore } from '..'
import { must, openTestCore, salonWithUsers, FAST_PIN_HASHING } from '../../../test/helpers/core'
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
})
