import type { Role } from '../api/contract'
import type { IconName } from '../components/Icon'
import type { Route } from '../router/hash-router'
import { COUNTER_ROLES, OWNER_ONLY, ROLES } from '../../../vocabulary'

/**
 * The shell's shortcuts, listed once: the sidebar shows the ones with a `label`, and one
 * handler (Shell's useShellShortcuts) runs them all. A screen may take a key over for itself
 * (the counter's Alt+S focuses its search box): see session/shortcuts.tsx.
 */
export type ShellShortcut = {
  combo: string
  roles: readonly Role[]
  /** Where it goes, or 'lock'. */
  to: string | 'lock'
  /** In the sidebar, with this label and icon, current when `matches`. */
  nav?: { label: string; icon: IconName; matches: (route: Route) => boolean }
}

const first = (route: Route) => route.path[0]

export const SHELL_SHORTCUTS: readonly ShellShortcut[] = [
  { combo: 'Alt+S', to: '/counter', roles: COUNTER_ROLES, nav: { label: 'Counter', icon: 'search', matches: (r) => first(r) === undefined || first(r) === 'counter' || first(r) === 'customers' } },
  { combo: 'Alt+B', to: '/bills/new', roles: COUNTER_ROLES, nav: { label: 'New bill', icon: 'receipt', matches: (r) => first(r) === 'bills' && r.path[1] === 'new' } },
  { combo: 'Alt+Q', to: '/queue', roles: ROLES, nav: { label: 'Queue', icon: 'queue', matches: (r) => first(r) === 'queue' } },
  { combo: 'Alt+K', to: '/book', roles: COUNTER_ROLES, nav: { label: 'Book', icon: 'calendar', matches: (r) => first(r) === 'book' } },
  { combo: 'Alt+D', to: '/bills', roles: COUNTER_ROLES, nav: { label: 'Bills', icon: 'rupee', matches: (r) => first(r) === 'bills' && r.path[1] !== 'new' } },
  { combo: 'Alt+C', to: '/day-close', roles: COUNTER_ROLES, nav: { label: 'Close the day', icon: 'till', matches: (r) => first(r) === 'day-close' } },
  { combo: 'Alt+A', to: '/analytics', roles: OWNER_ONLY, nav: { label: 'Analytics', icon: 'chart', matches: (r) => first(r) === 'analytics' } },
  { combo: 'Alt+M', to: '/admin/users', roles: OWNER_ONLY, nav: { label: 'Admin', icon: 'settings', matches: (r) => first(r) === 'admin' } },
  { combo: 'Alt+N', to: '/customers/new', roles: COUNTER_ROLES },
  { combo: 'Alt+L', to: 'lock', roles: ROLES },
]

export type NavItem = ShellShortcut & { to: string; nav: NonNullable<ShellShortcut['nav']> }

/** The sidebar's links for a role, in order. */
export const navItemsFor = (role: Role): NavItem[] => SHELL_SHORTCUTS.filter((item): item is NavItem => item.nav !== undefined && item.to !== 'lock' && item.roles.includes(role))
