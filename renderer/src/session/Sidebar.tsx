import type { Role } from '../api/contract'
import { BrandMark } from '../components/Brand'
import { Avatar } from '../components/bits'
import { Button } from '../components/Button'
import { Icon, type IconName } from '../components/Icon'
import { Kbd } from '../components/Kbd'
import { ROLE_LABEL } from '../format/names'
import type { Route } from '../router/hash-router'
import { useSession } from './session-context'
import { COUNTER_ROLES, OWNER_ONLY, ROLES } from '../../../vocabulary'

type NavItem = { to: string; label: string; icon: IconName; shortcut: string; roles: readonly Role[]; matches: (route: Route) => boolean }

const first = (route: Route) => route.path[0]

export const NAV: readonly NavItem[] = [
  { to: '/counter', label: 'Counter', icon: 'search', shortcut: 'Alt+S', roles: COUNTER_ROLES, matches: (r) => first(r) === undefined || first(r) === 'counter' || first(r) === 'customers' },
  { to: '/bills/new', label: 'New bill', icon: 'receipt', shortcut: 'Alt+B', roles: COUNTER_ROLES, matches: (r) => first(r) === 'bills' && r.path[1] === 'new' },
  { to: '/queue', label: 'Queue', icon: 'queue', shortcut: 'Alt+Q', roles: ROLES, matches: (r) => first(r) === 'queue' },
  { to: '/bills', label: 'Bills', icon: 'rupee', shortcut: 'Alt+D', roles: COUNTER_ROLES, matches: (r) => first(r) === 'bills' && r.path[1] !== 'new' },
  { to: '/analytics', label: 'Analytics', icon: 'chart', shortcut: 'Alt+A', roles: OWNER_ONLY, matches: (r) => first(r) === 'analytics' },
  { to: '/admin/users', label: 'Admin', icon: 'settings', shortcut: 'Alt+M', roles: OWNER_ONLY, matches: (r) => first(r) === 'admin' },
]

/** Navigation by role, the salon's name, who is logged in, and the Lock button. */
export function Sidebar({ route }: { route: Route }) {
  const { user, settings, lock } = useSession()
  const items = NAV.filter((item) => item.roles.includes(user.role))
  // Staff's home is the queue.
  const isCurrent = (item: NavItem) => (user.role === 'staff' && first(route) === undefined ? item.to === '/queue' : item.matches(route))

  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <BrandMark size={34} />
        <div className="sidebar-brand-text">
          <div className="sidebar-salon">{settings.salon_name}</div>
          <div className="sidebar-app">Parlour</div>
        </div>
      </div>
      <nav aria-label="Main" className="sidebar-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <a href={`#${item.to}`} className="nav-link" aria-current={isCurrent(item) ? 'page' : undefined} aria-keyshortcuts={item.shortcut}>
                <Icon name={item.icon} />
                <span className="nav-label">{item.label}</span>
                <Kbd>{item.shortcut}</Kbd>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <div className="sidebar-user">
          <Avatar name={user.name} size="sm" />
          <div>
            <div className="sidebar-user-name">{user.name}</div>
            <div className="sidebar-user-role">{ROLE_LABEL[user.role]}</div>
          </div>
        </div>
        <Button className="lock-button" onClick={() => lock('button')} shortcut="Alt+L" icon={<Icon name="lock" size={16} />}>
          Lock
        </Button>
      </div>
    </aside>
  )
}

