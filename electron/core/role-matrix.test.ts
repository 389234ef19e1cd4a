import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, methodNames, type MethodName, type Result, type Role } from './contract'
import type { MethodSpec } from './contract/define'
import { must, openTestCore, salonWithUsers, PINS } from '../../test/helpers/core'
import { sampleInputs, type SampleFixture } from '../../test/helpers/samples'
import type { Core } from '.'

let core: Core
let fixture: SampleFixture

// Everything but the audit log (which records the refusal itself).
function dataSnapshot(): string {
  const db = core.store.db.sqlite
  return JSON.stringify([
    db.prepare('SELECT * FROM customers ORDER BY id').all(),
    db.prepare('SELECT id, name, role, active, failed_attempts, locked_until FROM users LEFT JOIN user_lockouts ON user_id = id ORDER BY id').all(),
    db.prepare('SELECT * FROM desk_settings').all(),
    db.prepare('SELECT * FROM settings').all(),
    db.prepare('SELECT * FROM menu_items ORDER BY id').all(),
  ])
}

beforeAll(async () => {
  ;({ core } = await openTestCore())
  const { owner, ids } = await salonWithUsers(core)
  const customer = await must(owner, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  const gone = await must(owner, 'customers.create', { first_name: 'Deleted', phone: '9876500099' })
  await must(owner, 'customers.delete', { id: gone.id })
  const haircut = await must(owner, 'menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 50_000, duration_minutes: 45, tax_code: '999721' })
  const bill = await must(owner, 'bills.post', { customer_id: customer.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1, menu_item_id: haircut.id, stylist_id: ids.staff }] })
  const ticket = await must(owner, 'walkins.create', { customer_id: customer.id, service: 'Haircut' })
  const booked = await must(owner, 'appointments.create', { customer_id: customer.id, scheduled_at: '2026-11-25T11:00:00+05:30', stylist_id: ids.staff, service: 'Haircut' })
  fixture = { customerId: customer.id, deletedCustomerId: gone.id, userIds: ids, billId: bill.id, ticketNumber: ticket.ticket_number, appointmentId: booked.id, menuItemId: haircut.id }
})
afterAll(async () => core.close())

/** Who may call what, as API.md writes it: the matrix checks the contract against this, then the core against both. */
const API_ROLES: Record<MethodName, 'anyone' | 'logged-in' | Role[]> = {
  'app.status': 'anyone',
  'app.unlock': 'anyone',
  'app.createPassphrase': 'anyone',
  'security.recoveryStatus': ['owner'],
  'security.setRecoveryPassphrase': ['owner'],
  'session.state': 'anyone',
  'session.setupOwner': 'anyone',
  'session.login': 'anyone',
  'session.unlockOwner': 'anyone',
  'session.logout': 'logged-in',
  'users.list': ['owner'],
  'users.create': ['owner'],
  'users.update': ['owner'],
  'customers.create': ['owner', 'receptionist'],
  'customers.update': ['owner', 'receptionist'],
  'customers.get': ['owner', 'receptionist'],
  'customers.findByPhone': ['owner', 'receptionist'],
  'customers.search': ['owner', 'receptionist'],
  'customers.readQuery': ['owner', 'receptionist'],
  'customers.history': ['owner', 'receptionist'],
  'customers.delete': ['owner'],
  'customers.restore': ['owner'],
  'customers.listDeleted': ['owner'],
  'drafts.list': ['owner', 'receptionist'],
  'drafts.save': ['owner', 'receptionist'],
  'drafts.discard': ['owner', 'receptionist'],
  'bills.preview': ['owner', 'receptionist'],
  'bills.post': ['owner', 'receptionist'],
  'bills.get': ['owner', 'receptionist'],
  'bills.list': ['owner', 'receptionist'],
  'bills.refund': ['owner'],
  'days.status': ['owner', 'receptionist'],
  'days.takings': ['owner', 'receptionist'],
  'days.close': ['owner', 'receptionist'],
  'days.list': ['owner', 'receptionist'],
  'days.get': ['owner', 'receptionist'],
  'walkins.create': ['owner', 'receptionist'],
  'appointments.create': ['owner', 'receptionist'],
  'appointments.list': ['owner', 'receptionist'],
  'appointments.move': ['owner', 'receptionist'],
  'appointments.book': ['owner', 'receptionist'],
  'appointments.reminders': ['owner', 'receptionist'],
  'visits.get': ['owner', 'receptionist'],
  'visits.today': ['owner', 'receptionist'],
  'queue.today': ['owner', 'receptionist', 'staff'],
  'queue.setStatus': ['owner', 'receptionist', 'staff'],
  'analytics.birthdays': ['owner'],
  'analytics.monthly': ['owner'],
  'analytics.topCustomers': ['owner'],
  'analytics.inactiveCustomers': ['owner'],
  'analytics.monthToDate': ['owner'],
  'settings.get': 'logged-in',
  'settings.update': ['owner'],
  'audit.list': ['owner'],
  'audit.notices': ['owner'],
  'backup.run': ['owner'],
  'backup.list': ['owner'],
  'backup.status': ['owner'],
  'backup.restore': ['owner'],
  'app.restoreBackup': 'anyone',
  'app.pickPath': 'anyone',
  'app.recoveryOptions': 'anyone',
  'customers.erase': ['owner'],
  'customers.export': ['owner'],
  'customers.exportCsv': ['owner'],
  'menu.list': ['owner', 'receptionist'],
  'menu.create': ['owner'],
  'menu.update': ['owner'],
  'stylists.list': ['owner', 'receptionist'],
  'stylists.report': ['owner'],
  'stylists.myDay': ['owner', 'receptionist', 'staff'],
  'invoices.get': ['owner', 'receptionist'],
  'invoices.printers': ['owner', 'receptionist'],
  'invoices.print': ['owner', 'receptionist'],
  'invoices.savePdf': ['owner', 'receptionist'],
  'invoices.shareText': ['owner', 'receptionist'],
  'invoices.shareWhatsApp': ['owner', 'receptionist'],
  'gst.summary': ['owner'],
  'gst.exportCsv': ['owner'],
}

const roles: (Role | 'nobody')[] = ['owner', 'receptionist', 'staff', 'nobody']

function mayCall(spec: MethodSpec, role: Role | 'nobody'): 'yes' | 'forbidden' | 'unauthenticated' {
  if (spec.access === 'anyone') return 'yes'
  if (role === 'nobody') return 'unauthenticated'
  if (spec.access === 'logged-in') return 'yes'
  return spec.access.includes(role) ? 'yes' : 'forbidden'
}

async function connectAs(role: Role | 'nobody') {
  const connection = core.connect()
  if (role !== 'nobody') {
    const result = await connection.invoke('session.login', { user_id: fixture.userIds[role], pin: PINS[role] })
    expect(result, `log in as ${role}: ${JSON.stringify(result)}`).toMatchObject({ ok: true })
  }
  return connection
}

describe('every method × every role', () => {
  const cases = methodNames.flatMap((method) => roles.map((role) => [method, role] as [MethodName, Role | 'nobody']))

  it('covers every method of the contract', () => {
    expect(methodNames.length).toBeGreaterThanOrEqual(20)
    expect(Object.keys(sampleInputs).sort()).toEqual([...methodNames].sort())
    expect(Object.keys(API_ROLES).sort()).toEqual([...methodNames].sort())
  })

  it.each(methodNames)('%s declares the roles API.md gives it', (method) => {
    const access = (contract[method] as MethodSpec).access
    expect(typeof access === 'string' ? access : [...access].sort()).toEqual(API_ROLES[method])
  })

  it.each(cases)('%s as %s', async (method, role) => {
    const spec = contract[method] as MethodSpec
    const expected = mayCall(spec, role)
    const connection = await connectAs(role)
    const before = dataSnapshot()
    const input = sampleInputs[method](fixture) as never
    const result = (await connection.invoke(method, input)) as Result<unknown>

    if (expected === 'yes') {
      // Allowed: it succeeds, or fails on the data, never on access and never as a bug.
      if (!result.ok) expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']).toContain(result.error.code)
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') expect(method).toBe('session.login')
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: expected === 'forbidden' ? 'FORBIDDEN' : 'UNAUTHENTICATED' } })
      expect(dataSnapshot()).toBe(before)
    }
    connection.close()
  })
})

describe('refused calls', () => {
  it('audits every forbidden call as denied', async () => {
    const staff = await connectAs('staff')
    await staff.invoke('customers.search', { query: 'priya' })
    staff.close()
    const owner = await connectAs('owner')
    const page = await must(owner, 'audit.list', { limit: 50 })
    expect(page.items.some((entry) => entry.action === 'customers.search' && entry.outcome === 'denied' && entry.user_id === fixture.userIds.staff)).toBe(
      true,
    )
  })
})

describe('lists of customers', () => {
  it('never carry a whole phone number, for any role that may see them (issue 13 item 4)', async () => {
    // Customers of its own: the matrix above may have erased the fixture's.
    const seeding = await connectAs('owner')
    await must(seeding, 'customers.create', { first_name: 'Kavya', last_name: 'Rao', phone: '99887 76655' })
    const gone = await must(seeding, 'customers.create', { first_name: 'Gone', phone: '98450 12399' })
    await must(seeding, 'customers.delete', { id: gone.id })
    seeding.close()
    for (const role of ['owner', 'receptionist'] as const) {
      const desk = await connectAs(role)
      for (const query of ['kavya', '6655', '9988776655']) {
        const result = await desk.invoke('customers.search', { query })
        expect(result).toMatchObject({ ok: true, value: [{ full_name: 'Kavya Rao', phone_masked: '+91 ••••• •6655' }] })
        expect(JSON.stringify(result)).not.toMatch(/99887|76655/)
      }
      if (role === 'owner') {
        const deleted = await desk.invoke('customers.listDeleted', {})
        expect(deleted).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ full_name: 'Gone', phone_masked: '+91 ••••• •2399' })]) })
        expect(JSON.stringify(deleted)).not.toMatch(/98450|12399|98765/)
      }
      desk.close()
    }
  })
})
