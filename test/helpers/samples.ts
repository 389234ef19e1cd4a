import type { Input, MethodName } from '../../electron/core/contract'

export type SampleFixture = { customerId: string; deletedCustomerId: string; userIds: Record<'owner' | 'receptionist' | 'staff', string> }

/**
 * A valid input for every method of the contract. Typed over every method name, so a new
 * method fails type checking until it has a sample here (and so enters the role matrix).
 */
export const sampleInputs: { [M in MethodName]: (f: SampleFixture) => Input<M> } = {
  'session.state': () => ({}),
  'session.setupOwner': () => ({ name: 'Second Owner', pin: 'another passphrase' }),
  'session.login': (f) => ({ user_id: f.userIds.staff, pin: '000000' }),
  'session.logout': () => ({}),
  'users.list': () => ({}),
  'users.create': () => ({ name: `New user ${Math.random().toString(36).slice(2, 8)}`, role: 'staff', pin: '592817' }),
  'users.update': (f) => ({ id: f.userIds.receptionist, name: 'Ravi K' }),
  'customers.create': () => ({ first_name: 'Matrix', last_name: 'Guest', phone: `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '7')}` }),
  'customers.update': (f) => ({ id: f.customerId, notes: 'Updated in the matrix' }),
  'customers.get': (f) => ({ id: f.customerId }),
  'customers.findByPhone': () => ({ phone: '98765 43210' }),
  'customers.search': () => ({ query: 'priya' }),
  'customers.delete': (f) => ({ id: f.customerId }),
  'customers.restore': (f) => ({ id: f.deletedCustomerId }),
  'customers.listDeleted': () => ({}),
  'analytics.topCustomers': () => ({ limit: 5 }),
  'analytics.inactiveCustomers': () => ({ days: 30 }),
  'settings.get': () => ({}),
  'settings.update': () => ({ salon_name: 'Glow Studio' }),
  'audit.list': () => ({ limit: 10 }),
}
