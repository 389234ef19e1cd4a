import { BrandMark } from '../components/Brand'
import { Avatar } from '../components/bits'
import { Button } from '../components/Button'
import { Icon } from '../components/Icon'
import { Kbd } from '../components/Kbd'
import { ROLE_LABEL } from '../format/names'
import type { Route } from '../router/hash-router'
import { useSession } from './session-context'
import { navItemsFor, worksTheCounter, type NavItem } from './navigation'

const first = (route: Route) => route.path[0]

/** Navigation by role, the salon's name, who is logged in, and the Lock button. */
export function Sidebar({ route }: { route: Route }) {
  const { user, settings, lock } = useSession()
  const items = navItemsFor(user.role)
  // Staff's home is the queue.
  const isCurrent = (item: NavItem) => (!worksTheCounter(user.role) && first(route) === undefined ? item.to === '/queue' : item.nav.matches(route))

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
              <a href={`#${item.to}`} className="nav-link" aria-current={isCurrent(item) ? 'page' : undefined} aria-keyshortcuts={item.combo}>
                <Icon name={item.nav.icon} />
                <span className="nav-label">{item.nav.label}</span>
                <Kbd>{item.combo}</Kbd>
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

