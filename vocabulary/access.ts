import type { Role } from './index'
import { COUNTER_ROLES, OWNER_ONLY, ROLES } from './roles'

/**
 * Who may call each method of the API, declared once (ARCHITECTURE, Roles). The contract takes
 * each method's access from this table (electron/core/contract/define.ts refuses a method it does
 * not list, and a listed method the contract lacks); the core checks it on every call; the screens
 * show a button or a link only when the role may call the method behind it (`mayCall`). The
 * screens only hide what the core refuses anyway.
 */

/** Anyone (even logged out), any logged-in user, or only the listed roles. */
export type Access = 'anyone' | 'logged-in' | readonly Role[]

export const METHOD_ACCESS = {
  // The app itself: answered in every state (first run, locked, damaged data, ready); the handler decides.
  'app.status': 'anyone',
  'app.unlock': 'anyone',
  'app.createPassphrase': 'anyone',
  'app.restoreBackup': 'anyone',
  'app.recoveryOptions': 'anyone',
  'app.pickPath': 'anyone',
  'security.recoveryStatus': OWNER_ONLY,
  'security.setRecoveryPassphrase': OWNER_ONLY,
  'session.state': 'anyone',
  'session.setupOwner': 'anyone',
  'session.login': 'anyone',
  'session.unlockOwner': 'anyone',
  'session.logout': 'logged-in',
  'users.list': OWNER_ONLY,
  'users.create': OWNER_ONLY,
  'users.update': OWNER_ONLY,
  'customers.create': COUNTER_ROLES,
  'customers.update': COUNTER_ROLES,
  'customers.get': COUNTER_ROLES,
  'customers.findByPhone': COUNTER_ROLES,
  'customers.search': COUNTER_ROLES,
  'customers.readQuery': COUNTER_ROLES,
  'customers.history': COUNTER_ROLES,
  'customers.delete': OWNER_ONLY,
  'customers.restore': OWNER_ONLY,
  'customers.listDeleted': OWNER_ONLY,
  'customers.erase': OWNER_ONLY,
  'customers.export': OWNER_ONLY,
  'customers.exportCsv': OWNER_ONLY,
  'bills.preview': COUNTER_ROLES,
  'bills.post': COUNTER_ROLES,
  'bills.get': COUNTER_ROLES,
  'bills.list': COUNTER_ROLES,
  'bills.refund': OWNER_ONLY,
  'days.status': COUNTER_ROLES,
  'days.takings': COUNTER_ROLES,
  'days.close': COUNTER_ROLES,
  'days.list': COUNTER_ROLES,
  'days.get': COUNTER_ROLES,
  'walkins.create': COUNTER_ROLES,
  'appointments.create': COUNTER_ROLES,
  'appointments.move': COUNTER_ROLES,
  'appointments.book': COUNTER_ROLES,
  'appointments.reminders': COUNTER_ROLES,
  'appointments.list': COUNTER_ROLES,
  'visits.get': COUNTER_ROLES,
  'visits.today': COUNTER_ROLES,
  'queue.today': ROLES,
  'queue.setStatus': ROLES,
  'analytics.topCustomers': OWNER_ONLY,
  'analytics.inactiveCustomers': OWNER_ONLY,
  'analytics.birthdays': OWNER_ONLY,
  'analytics.monthly': OWNER_ONLY,
  'analytics.monthToDate': OWNER_ONLY,
  'settings.get': 'logged-in',
  'settings.update': OWNER_ONLY,
  'audit.list': OWNER_ONLY,
  'audit.notices': OWNER_ONLY,
  'backup.run': OWNER_ONLY,
  'backup.list': OWNER_ONLY,
  'backup.status': OWNER_ONLY,
  'backup.restore': OWNER_ONLY,
  'drafts.list': COUNTER_ROLES,
  'drafts.save': COUNTER_ROLES,
  'drafts.discard': COUNTER_ROLES,
  'menu.list': COUNTER_ROLES,
  'menu.create': OWNER_ONLY,
  'menu.update': OWNER_ONLY,
  'stylists.list': COUNTER_ROLES,
  'stylists.report': OWNER_ONLY,
  'stylists.myDay': ROLES,
  'invoices.get': COUNTER_ROLES,
  'invoices.printers': COUNTER_ROLES,
  'invoices.print': COUNTER_ROLES,
  'invoices.savePdf': COUNTER_ROLES,
  'invoices.shareText': COUNTER_ROLES,
  'invoices.shareWhatsApp': COUNTER_ROLES,
  'gst.summary': OWNER_ONLY,
  'gst.exportCsv': OWNER_ONLY,
} as const satisfies Record<string, Access>

/** Every method of the API by name (the contract's method names are exactly these). */
export type MethodName = keyof typeof METHOD_ACCESS

/** Whether a caller with `role` (null: logged out) passes `access`. */
export function allows(access: Access, role: Role | null): boolean {
  if (access === 'anyone') return true
  if (role === null) return false
  return access === 'logged-in' || access.includes(role)
}

/** Whether `role` may call `method`: what a screen asks before showing the button or link that calls it. */
export const mayCall = (role: Role | null, method: MethodName): boolean => allows(METHOD_ACCESS[method], role)
