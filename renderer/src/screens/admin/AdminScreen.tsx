import { PageHeader } from '../../components/bits'
import { AuditTab } from './AuditTab'
import { BackupsTab } from './BackupsTab'
import { DeletedTab } from './DeletedTab'
import { MenuTab } from './MenuTab'
import { GstTab } from './GstTab'
import { SecurityTab } from './SecurityTab'
import { SettingsTab } from './SettingsTab'
import { UsersTab } from './UsersTab'

const TABS = [
  { id: 'users', label: 'Team' },
  { id: 'menu', label: 'Menu' },
  { id: 'deleted', label: 'Deleted customers' },
  { id: 'settings', label: 'Settings' },
  { id: 'gst', label: 'GST summary' },
  { id: 'security', label: 'Recovery passphrase' },
  { id: 'backups', label: 'Backups' },
  { id: 'audit', label: 'Audit log' },
] as const

type TabId = (typeof TABS)[number]['id']

/** The owner's admin: the team, the menu, deleted customers, settings, the recovery passphrase, the audit log. */
export function AdminScreen({ tab, welcome }: { tab: string; welcome: boolean }) {
  const current: TabId = TABS.some((entry) => entry.id === tab) ? (tab as TabId) : 'users'
  return (
    <div className="page page-admin">
      <PageHeader title="Admin" />
      <nav className="tabs" aria-label="Admin sections">
        {TABS.map((entry) => (
          <a key={entry.id} href={`#/admin/${entry.id}`} className="tab" aria-current={entry.id === current ? 'page' : undefined}>
            {entry.label}
          </a>
        ))}
      </nav>
      <div className="tab-panel">
        {current === 'users' ? <UsersTab welcome={welcome} /> : null}
        {current === 'menu' ? <MenuTab /> : null}
        {current === 'deleted' ? <DeletedTab /> : null}
        {current === 'settings' ? <SettingsTab /> : null}
        {current === 'gst' ? <GstTab /> : null}
        {current === 'security' ? <SecurityTab /> : null}
        {current === 'backups' ? <BackupsTab /> : null}
        {current === 'audit' ? <AuditTab /> : null}
      </div>
    </div>
  )
}
