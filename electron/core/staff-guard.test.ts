import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '.'
import { contract, methodNames, type Result } from './contract'
import type { MethodSpec } from './contract/define'
import { must, openTestCore, salonWithUsers } from '../../test/helpers/core'
import { sampleInputs, type SampleFixture } from '../../test/helpers/samples'
import type { Connection } from './connection'
import { findForbiddenStaffKey } from './staff-guard'

let core: Core
let staff: Connection
let fixture: SampleFixture

// Distinctive values: if any reaches a staff session, the scan below finds it.
const SECRET = {
  first_name: 'Priya',
  last_name: 'Zanzibarwala',
  phone: '9876543210',
  email: 'priya.secret@example.in',
  date_of_birth: '1991-07-19',
  notes: 'Allergic to ammonia-free dye XQ7',
  gender: 'female',
}

beforeAll(async () => {
  ;({ core } = await openTestCore())
  const salon = await salonWithUsers(core)
  staff = salon.staff
  const customer = await must(salon.owner, 'customers.create', SECRET)
  const gone = await must(salon.owner, 'customers.create', { ...SECRET, phone: '9876500001', last_name: 'Deletedwala' })
  await must(salon.owner, 'customers.delete', { id: gone.id })
  // Give the customer some spend so totals would show if leaked.
  core.store.db.sqlite.prepare('UPDATE customers SET total_spent = 8765400, total_visits = 77 WHERE id = ?').run(customer.id)
  const haircut = await must(salon.owner, 'menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 50_000, duration_minutes: 45, tax_code: '999721' })
  const bill = await must(salon.owner, 'bills.post', { customer_id: customer.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1, menu_item_id: haircut.id, stylist_id: salon.ids.staff }] })
  const ticket = await must(salon.owner, 'walkins.create', { customer_id: customer.id, service: 'Haircut' })
  fixture = { customerId: customer.id, deletedCustomerId: gone.id, userIds: salon.ids, billId: bill.id, ticketNumber: ticket.ticket_number, menuItemId: haircut.id }
})
afterAll(async () => core.close())

describe('what a staff session can see', () => {
  it('no path a staff session can call returns a customer’s last name, phone, email, birthday, notes or spend', async () => {
    const responses: unknown[] = []
    for (const method of methodNames) {
      if (method === 'session.logout' || method === 'session.login') continue // would end or swap the session under test
      const input = sampleInputs[method](fixture) as never
      responses.push(await staff.invoke(method, input))
      responses.push(await staff.invoke(method, { ...(input as object), query: 'Priya' } as never))
    }
    const serialized = JSON.stringify(responses)
    for (const value of [SECRET.last_name, SECRET.phone, '98765 43210', '+919876543210', SECRET.email, SECRET.date_of_birth, SECRET.notes, '8765400', '87654', 'Deletedwala']) {
      expect(serialized).not.toContain(value)
    }
    for (const response of responses as Result<unknown>[]) if (response.ok) expect(findForbiddenStaffKey(response.value)).toBeUndefined()
  })

  it('staff may call only the session, settings and queue methods, and their own tally for today', () => {
    const staffMethods = methodNames.filter((method) => {
      const access = (contract[method] as MethodSpec).access
      return access === 'anyone' || access === 'logged-in' || access.includes('staff')
    })
    expect(staffMethods.every((method) => /^(app\.|session\.|settings\.get$|queue\.|stylists\.myDay$)/.test(method))).toBe(true)
  })

  it('their tally is their own services today: names and counts, nothing of any customer or amount', async () => {
    const day = await must(staff, 'stylists.myDay', {})
    expect(day).toMatchObject({ services_done: 1, services: [{ name: 'Haircut', quantity: 1 }] })
    expect(findForbiddenStaffKey(day)).toBeUndefined()
    expect(JSON.stringify(day)).not.toMatch(/Priya|Deletedwala|50000|9876/)
  })

  it('the output guard catches a customer field anywhere in a value', () => {
    expect(findForbiddenStaffKey([{ ticket_number: 'TKT-1', first_name: 'Priya', status: 'checked_in' }])).toBeUndefined()
    expect(findForbiddenStaffKey({ items: [{ nested: { phone: 'x' } }] })).toBe('items')
    expect(findForbiddenStaffKey([{ a: { b: { total_spent: 1 } } }])).toBe('total_spent')
  })
})
