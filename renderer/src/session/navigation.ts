import type { Role } from '../api/contract'
import type { IconName } from '../components/Icon'
import type { Route } from '../router/hash-router'
import { mayCall, type MethodName } from '../../../vocabulary'

/**
 * The shell's shortcuts, listed once: the sidebar shows the ones with a `label`, and one
 * handler (Shell's useShellShortcuts) runs them all. A screen may take a key over for itself
 * (the counter's Alt+S focuses its search box): see session/shortcuts.tsx.
 */
export type ShellShortcut = {
  combo: string
  /** The method its screen opens with: a role that may not call it is neither shown the link nor taken there. */
  method: MethodName
  /** Where it goes, or 'lock'. */
  to: string | 'lock'
  /** In the sidebar, with this label and icon, current when `matches`. */
  nav?: { label: string; icon: IconName; matches: (route: Route) => boolean }
}

const first = (route: Route) => route.path[0]

export const SHELL_SHORTCUTS: readonly ShellShortcut[] = [
  { combo: 'Alt+S', to: '/counter', method: 'customers.search', nav: { label: 'Counter', icon: 'search', matches: (r) => first(r) === undefined || first(r) === 'counter' || first(r) === 'customers' } },
  { combo: 'Alt+B', to: '/bills/new', method: 'bills.post', nav: { label: 'New bill', icon: 'receipt', matches: (r) => first(r) === 'bills' && r.path[1] === 'new' } },
  { combo: 'Alt+Q', to: '/queue', method: 'queue.today', nav: { label: 'Queue', icon: 'queue', matches: (r) => first(r) === 'queue' } },
  { combo: 'Alt+K', to: '/book', method: 'appointments.book', nav: { label: 'Book', icon: 'calendar', matches: (r) => first(r) === 'book' } },
  { combo: 'Alt+D', to: '/bills', method: 'bills.list', nav: { label: 'Bills', icon: 'rupee', matches: (r) => first(r) === 'bills' && r.path[1] !== 'new' } },
  { combo: 'Alt+C', to: '/day-close', method: 'days.close', nav: { label: 'Close the day', icon: 'till', matches: (r) => first(r) === 'day-close' } },
  { combo: 'Alt+A', to: '/analytics', method: 'analytics.monthly', nav: { label: 'Analytics', icon: 'chart', matches: (r) => first(r) === 'analytics' } },
  { combo: 'Alt+M', to: '/admin/users', method: 'users.list', nav: { label: 'Admin', icon: 'settings', matches: (r) => first(r) === 'admin' } },
  { combo: 'Alt+N', to: '/customers/new', method: 'customers.create' },
  { combo: 'Alt+L', to: 'lock', method: 'session.logout' },
]

export type NavItem = ShellShortcut & { to: string; nav: NonNullable<ShellShortcut['nav']> }

/**
 * Whether a role works the counter (customers, bills, the book). One that does not (staff) has the
 * queue and nothing else: the queue is its home.
 */
export const worksTheCounter = (role: Role): boolean => mayCall(role, 'customers.search')

/** The sidebar's links for a role, in order. */
export const navItemsFor = (role: Role): NavItem[] => SHELL_SHORTCUTS.filter((item): item is NavItem => item.nav !== undefined && item.to !== 'lock' && mayCall(role, item.method))
