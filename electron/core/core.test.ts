import { describe, expect, it } from 'vitest'
import { openCore } from '.'
import { DatabaseOpenError } from '../../db/errors'
import { must, openTestCore, salonWithUsers, FAST_PIN_HASHING, PINS } from '../../test/helpers/core'
import { randomKey, sha256 } from '../../test/helpers/temp'
import { INTERNAL_MESSAGE } from './envelope'
import { appMethod, defineContract, method, returns } from './contract/define'
import { contract, methodNames } from './contract'
import { METHOD_ACCESS } from '../../vocabulary'
import { z } from 'zod'

describe('openCore', () => {
  it('refuses a wrong data key with a clear error and leaves the file unchanged', async () => {
    const { core, path } = await openTestCore()
    const { receptionist } = await salonWithUsers(core)
    await must(receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    await core.close()
    const before = sha256(path)
    const error = await openCore({ databasePath: path, dataKey: randomKey(), pinHashParams: FAST_PIN_HASHING }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as DatabaseOpenError).reason).toBe('wrong-key')
    expect((error as Error).message).toMatch(/data key does not open/)
    expect(sha256(path)).toBe(before)
  })
})

describe('the contract', () => {
  const declared = () => method({ input: z.strictObject({}), output: returns<null>() })

  it('refuses a method name defined twice', () => {
    expect(() => defineContract({ 'session.state': declared() }, { 'session.state': declared() })).toThrow(/session\.state is defined twice/)
  })

  it('takes each method’s access from the shared table, and refuses a method it does not list or a listed method left out', () => {
    expect(() => defineContract({ 'session.state': declared(), ...({ 'x.y': declared() } as object) })).toThrow(/x\.y has no access in METHOD_ACCESS/)
    expect(() => defineContract({ 'session.state': declared() })).toThrow(/METHOD_ACCESS lists methods the contract does not define: app\.status/)
    expect(() => defineContract({ 'bills.refund': appMethod({ input: z.strictObject({}), output: returns<null>() }) })).toThrow(/app method bills\.refund must be open to anyone/)
    for (const name of methodNames) expect(contract[name].access).toBe(METHOD_ACCESS[name])
  })
})

describe('envelopes', () => {
  it('turns a bug into INTERNAL with a safe message, logged without PII', async () => {
    const { core, logger } = await openTestCore()
    const { receptionist } = await salonWithUsers(core)
    await must(receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210', notes: 'Allergic to certain products.' })
    // Break the database under the core: the next search hits an SQLite error.
    core.store.db.sqlite.exec('DROP TABLE customers_name_fts')
    const result = await receptionist.invoke('customers.search', { query: 'Priya' })
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } })
    expect(logger.errors).toHaveLength(1)
    expect(JSON.stringify(logger.errors)).not.toMatch(/Priya|9876543210|Allergic/)
    expect(logger.errors[0]?.detail).toMatchObject({ method: 'customers.search', name: 'SqliteError' })
    await core.close()
  })

  it('returns field errors for people, and conflicts with the customer to link to', async () => {
    const { core } = await openTestCore()
    const { receptionist, owner } = await salonWithUsers(core)
    const bad = await receptionist.invoke('customers.create', { first_name: '', phone: '12345', email: 'x', extra: 1 } as never)
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { extra: 'Not a field of this request.' } } })
    const bad2 = await receptionist.invoke('customers.create', { first_name: '', phone: '12345', email: 'x' })
    expect(bad2).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { first_name: expect.any(String), phone: expect.any(String), email: expect.any(String) } } })
    const first = await must(receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    await must(owner, 'customers.delete', { id: first.id })
    const again = await receptionist.invoke('customers.create', { first_name: 'Priya', phone: '+91 98765 43210' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflict: { customer_id: first.id, deleted: true } } })
    if (!again.ok) expect(again.error.message).toMatch(/restore/)
    await core.close()
  })
})

describe('customers through the core', () => {
  it('returns the API shapes with times in the salon zone and rupees derived from paise', async () => {
    const { core, clock } = await openTestCore({ start: '2026-11-24T09:00:00.000Z' })
    const { receptionist, owner } = await salonWithUsers(core)
    const created = await must(receptionist, 'customers.create', {
      first_name: 'Priya',
      last_name: 'Sharma',
      phone: '98765 43210',
      email: 'Priya@Example.com',
      date_of_birth: '1990-11-26',
      notes: 'Prefers Sarah for haircuts. Allergic to certain products.',
    })
    expect(created).toEqual({
      id: created.id,
      full_name: 'Priya Sharma',
      phone_masked: '+91 ••••• •3210',
      phone: '+919876543210',
      total_visits: 0,
      total_spent: 0,
      total_spent_rupees: 0,
      last_visit_at: null,
      member_since: '2026-11-24T14:30:00+05:30',
      first_name: 'Priya',
      last_name: 'Sharma',
      email: 'priya@example.com',
      date_of_birth: '1990-11-26',
      gender: null,
      notes: 'Prefers Sarah for haircuts. Allergic to certain products.',
      created_at: '2026-11-24T14:30:00+05:30',
      updated_at: '2026-11-24T14:30:00+05:30',
      deleted_at: null,
    })
    core.store.db.sqlite.prepare('UPDATE customers SET total_spent = 2500050 WHERE id = ?').run(created.id)
    const [top] = await must(owner, 'analytics.topCustomers', {})
    expect(top).toMatchObject({ total_spent: 2500050, total_spent_rupees: 25000.5 })
    const search = await must(receptionist, 'customers.search', { query: '3210' })
    expect(Object.keys(search[0] ?? {}).sort()).toEqual(
      ['id', 'full_name', 'phone_masked', 'total_visits', 'total_spent', 'total_spent_rupees', 'last_visit_at', 'member_since'].sort(),
    )
    await must(owner, 'settings.update', { time_zone: 'Europe/London' })
    clock.advance(1000)
    expect((await must(receptionist, 'customers.get', { id: created.id })).member_since).toBe('2026-11-24T09:00:00+00:00')
    expect(await owner.invoke('settings.update', { time_zone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { time_zone: expect.any(String) } } })
    await core.close()
  })

  it('counts "not seen in 30 days" from the start of the salon day', async () => {
    const { core, clock } = await openTestCore({ start: '2026-09-01T05:00:00.000Z' })
    const salon = await salonWithUsers(core)
    const owner = salon.owner
    const ids: Record<string, string> = {}
    for (const [name, phone] of [['Lapsed', '9000000001'], ['Recent', '9000000002'], ['Edge', '9000000003'], ['Never', '9000000004']] as const) {
      ids[name] = (await must(owner, 'customers.create', { first_name: name, phone })).id
    }
    const visit = (id: string | undefined, at: string) => core.store.db.sqlite.prepare('UPDATE customers SET last_visit_at = ?, total_visits = 1 WHERE id = ?').run(at, id)
    visit(ids.Lapsed, '2026-10-01T05:00:00.000Z')
    visit(ids.Recent, '2026-11-20T05:00:00.000Z')
    visit(ids.Edge, '2026-10-24T18:29:59.000Z') // 24 Oct 23:59:59 IST: before the cutoff (25 Oct 00:00 IST)
    clock.set('2026-11-24T05:00:00.000Z')
    await must(owner, 'session.login', { user_id: salon.ids.owner, pin: PINS.owner }) // the jump idled the session out
    const inactive = await must(owner, 'analytics.inactiveCustomers', {})
    expect(inactive.map((c) => c.full_name)).toEqual(['Edge', 'Lapsed', 'Never'])
    visit(ids.Edge, '2026-10-24T18:30:00.000Z') // 25 Oct 00:00 IST: within 30 days
    expect((await must(owner, 'analytics.inactiveCustomers', { days: 30 })).map((c) => c.full_name)).toEqual(['Lapsed', 'Never'])
    await core.close()
  })
})
