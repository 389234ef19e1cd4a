import type { Input, MethodName } from '../../electron/core/contract'

export type SampleFixture = {
  customerId: string
  deletedCustomerId: string
  userIds: Record<'owner' | 'receptionist' | 'staff', string>
  billId: string
  ticketNumber: string
  menuItemId: string
  /** A booked appointment to move (an unknown id, answered NOT_FOUND, where a test books none). */
  appointmentId?: string
}

// Calls that create must not collide with an earlier call's user or phone: a counter, not chance.
let made = 0
const nextSample = () => String(++made).padStart(5, '0')

/**
 * A valid input for every method of the contract. Typed over every method name, so a new
 * method fails type checking until it has a sample here (and so enters the role matrix).
 */
export const sampleInputs: { [M in MethodName]: (f: SampleFixture) => Input<M> } = {
  'app.status': () => ({}),
  'app.unlock': () => ({ passphrase: 'not needed once open' }),
  'app.createPassphrase': () => ({ passphrase: 'not needed once open' }),
  'security.recoveryStatus': () => ({}),
  'security.setRecoveryPassphrase': () => ({ passphrase: 'monsoon jasmine kettle 42' }),
  'session.state': () => ({}),
  'session.setupOwner': () => ({ name: 'Second Owner', pin: 'another passphrase' }),
  'session.login': (f) => ({ user_id: f.userIds.staff, pin: '000000' }),
  'session.unlockOwner': (f) => ({ user_id: f.userIds.owner, passphrase: 'not the recovery passphrase' }),
  'session.logout': () => ({}),
  'users.list': () => ({}),
  'users.create': () => ({ name: `New user ${nextSample()}`, role: 'staff', pin: '592817' }),
  'users.update': (f) => ({ id: f.userIds.receptionist, name: 'Ravi K' }),
  'customers.create': () => ({ first_name: 'Matrix', last_name: 'Guest', phone: `91234${nextSample()}` }),
  'customers.update': (f) => ({ id: f.customerId, notes: 'Updated in the matrix' }),
  'customers.get': (f) => ({ id: f.customerId }),
  'customers.findByPhone': () => ({ phone: '98765 43210' }),
  'customers.search': () => ({ query: 'priya' }),
  'customers.readQuery': () => ({ query: '98200' }),
  'customers.history': (f) => ({ id: f.customerId, limit: 5 }),
  'customers.delete': (f) => ({ id: f.customerId }),
  'customers.restore': (f) => ({ id: f.deletedCustomerId }),
  'customers.listDeleted': () => ({}),
  'bills.preview': () => ({ items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }], discount: 5_000 }),
  'bills.post': (f) => ({ customer_id: f.customerId, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] }),
  'bills.get': (f) => ({ id: f.billId }),
  'invoices.get': (f) => ({ bill_id: f.billId }),
  'invoices.printers': () => ({}),
  'invoices.print': (f) => ({ bill_id: f.billId, paper: 'a4' }),
  'invoices.savePdf': (f) => ({ bill_id: f.billId, paper: '80mm' }),
  'invoices.shareText': (f) => ({ bill_id: f.billId }),
  'invoices.shareWhatsApp': (f) => ({ bill_id: f.billId }),
  'gst.summary': () => ({ month: '2026-11' }),
  'gst.exportCsv': () => ({ fy: 2026 }),
  'bills.list': () => ({}),
  'days.status': () => ({}),
  'days.takings': () => ({}),
  'days.close': () => ({ day: '2026-11-24', opening_float: 0, counted_cash: 52_500 }),
  'days.list': () => ({}),
  'days.get': (f) => ({ id: f.billId }),
  'bills.refund': (f) => ({ bill_id: f.billId, reason: 'Customer unhappy with colour' }),
  'walkins.create': (f) => ({ customer_id: f.customerId, service: 'Haircut' }),
  'appointments.create': (f) => ({ customer_id: f.customerId, scheduled_at: '2026-11-25T15:30:00+05:30', duration_minutes: 45, service: 'Facial' }),
  'appointments.list': () => ({ date: '2026-11-25' }),
  'appointments.move': (f) => ({ id: f.appointmentId ?? '01ARZ3NDEKTSV4RRFFQ69G5FZZ', scheduled_at: '2026-11-26T11:00:00+05:30', duration_minutes: 45 }),
  'appointments.book': () => ({ from: '2026-11-23', days: 7 }),
  'appointments.reminders': () => ({}),
  'visits.get': (f) => ({ id: f.appointmentId ?? '01ARZ3NDEKTSV4RRFFQ69G5FZZ' }),
  'visits.today': () => ({}),
  'queue.today': () => ({}),
  'queue.setStatus': (f) => ({ ticket_number: f.ticketNumber, status: 'in_progress' }),
  'analytics.birthdays': () => ({ days: 7 }),
  'analytics.monthly': () => ({ months: 12 }),
  'analytics.topCustomers': () => ({ limit: 5 }),
  'analytics.inactiveCustomers': () => ({ days: 30 }),
  'analytics.monthToDate': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ salon_name: 'Glow Studio', gst_kind: 'composition', gst_kind_from: '2027-04-01' }),
  'audit.list': () => ({ limit: 10 }),
  'audit.notices': () => ({}),
  'backup.run': () => ({}),
  'backup.list': () => ({}),
  'backup.status': () => ({}),
  'backup.restore': () => ({ file: '/nonexistent/parlour-backup.db', passphrase: 'monsoon jasmine kettle 42' }),
  'app.restoreBackup': () => ({ file: '/nonexistent/parlour-backup.db', passphrase: 'monsoon jasmine kettle 42' }),
  'app.pickPath': () => ({ kind: 'folder' }),
  'app.recoveryOptions': () => ({}),
  'customers.erase': (f) => ({ id: f.customerId, confirm: 'ERASE', basis: 'Customer asked in writing' }),
  'customers.export': (f) => ({ id: f.customerId }),
  'customers.exportCsv': () => ({}),
  'drafts.list': () => ({}),
  'drafts.save': (f) => ({ key: `bill:${f.customerId}`, customer_id: f.customerId, data: '{"items":[]}' }),
  'drafts.discard': (f) => ({ key: `bill:${f.customerId}` }),
  'menu.list': () => ({ query: 'hai' }),
  'menu.create': () => ({ kind: 'service', name: `Service ${nextSample()}`, category: 'Hair', price: 40_000, duration_minutes: 30, tax_code: '999721' }),
  'menu.update': (f) => ({ id: f.menuItemId, price: 65_000 }),
  'stylists.list': () => ({}),
  'stylists.report': () => ({ month: '2026-11' }),
  'stylists.myDay': () => ({}),
}
