import { useMemo, useState } from 'react'
import type { CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePagedList } from '../../api/use-paged-list'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { DateField } from '../../components/DateField'
import { SelectField } from '../../components/Field'
import { Badge, Panel } from '../../components/bits'
import { Empty, PagedView, ShowMore } from '../../components/StateView'
import { MaskedPhone } from '../../components/MaskedPhone'
import { humaniseAction } from '../../format/names'
import { formatDateTime } from '../../format/time'
import { useCustomerSearch } from '../counter/use-customer-search'
import { SecurityNotices } from '../security/SecurityNotices'
import { AUDIT_GROUPS, type AuditGroup } from '../../../../vocabulary'

const PAGE = 50

/** The groups of actions the owner filters by, in words. */
const GROUP_LABEL: Record<AuditGroup, string> = {
  bills: 'Bills and refunds',
  customers: 'Customers',
  visits: 'Walk-ins and appointments',
  logins: 'Logins and sessions',
  team: 'Team',
  safety: 'Backups, settings and security',
  refused: 'Refused attempts',
}

type Filters = { customer: CustomerSummary | null; user: string; group: AuditGroup | ''; from: string; to: string }
const NO_FILTERS: Filters = { customer: null, user: '', group: '', from: '', to: '' }

/** Who did what and when (never PII values), newest first: by customer, person, kind of action and dates. */
export function AuditTab() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }))
  const users = useQuery(() => pos('users.list', {}), [])
  // Keyed on the list itself: the query object is new on every render.
  const team = users.status === 'ok' ? users.value : null
  const names = useMemo(() => new Map(team?.map((user) => [user.id, user.name])), [team])
  const { customer, user, group, from, to } = filters
  const entries = usePagedList(
    (before) =>
      pos('audit.list', {
        limit: PAGE,
        ...(customer ? { customer_id: customer.id } : {}),
        ...(user ? { user_id: user } : {}),
        ...(group ? { group } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(before ? { before } : {}),
      }),
    [customer, user, group, from, to],
  )
  const filtered = customer !== null || user !== '' || group !== '' || from !== '' || to !== ''

  return (
    <Panel title="Audit log">
      <SecurityNotices onShowUser={(userId) => setFilters({ ...NO_FILTERS, user: userId })} />
      <div className="audit-filters" role="search" aria-label="Filter the audit log">
        <CustomerFilter selected={customer} onSelect={(next) => set({ customer: next })} />
        <SelectField label="Who" value={user} onChange={(event) => set({ user: event.target.value })}>
          <option value="">Everyone</option>
          {team?.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="What" value={group} onChange={(event) => set({ group: event.target.value as AuditGroup | '' })}>
          <option value="">Everything</option>
          {AUDIT_GROUPS.map((name) => (
            <option key={name} value={name}>
              {GROUP_LABEL[name]}
            </option>
          ))}
        </SelectField>
        <DateField label="From" value={from} onChange={(iso) => set({ from: iso })} />
        <DateField label="To" value={to} onChange={(iso) => set({ to: iso })} />
        {filtered ? (
          <Button size="sm" onClick={() => setFilters(NO_FILTERS)}>
            Show everything
          </Button>
        ) : null}
      </div>
      <PagedView list={entries} loadingLabel="Loading the audit log…" empty={<Empty title={filtered ? 'Nothing recorded that matches these filters.' : 'Nothing recorded yet.'} />}>
        {(items) => (
          <>
            <table className="table compact audit-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <td>{entry.user_id ? (names.get(entry.user_id) ?? 'Former user') : <span className="muted">Nobody logged in</span>}</td>
                    <td>
                      {humaniseAction(entry.action)}
                      {entry.target ? <span className="muted"> · {entry.target}</span> : null}
                    </td>
                    <td>{entry.customer_id ? <a href={`#/customers/${entry.customer_id}`}>{entry.customer_name ?? 'Open customer'}</a> : <span className="muted">—</span>}</td>
                    <td>
                      <Badge tone={entry.outcome === 'ok' ? 'success' : entry.outcome === 'denied' ? 'danger' : 'warning'}>{entry.outcome === 'ok' ? 'OK' : entry.outcome === 'denied' ? 'Refused' : 'Failed'}</Badge>
                      {entry.carried_over ? (
                        <span className="muted small" title="Made before a restore and carried into the restored log, so the log is never rolled back">
                          {' '}
                          carried over
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ShowMore list={entries}>Show older</ShowMore>
          </>
        )}
      </PagedView>
    </Panel>
  )
}

function CustomerFilter({ selected, onSelect }: { selected: CustomerSummary | null; onSelect: (customer: CustomerSummary | null) => void }) {
  const [text, setText] = useState('')
  const search = useCustomerSearch(text)
  return (
    <div className="field audit-filter">
      <label htmlFor="audit-customer" className="field-label">
        Customer
      </label>
      {selected ? (
        <div className="audit-filter-chosen">
          <strong>{selected.full_name}</strong>
          <Button size="sm" onClick={() => onSelect(null)}>
            Any customer
          </Button>
        </div>
      ) : (
        <input id="audit-customer" className="input" type="search" placeholder="Name or phone…" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      )}
      {!selected && text.trim() && search.results.length > 0 ? (
        <ul className="filter-results" aria-label="Customers">
          {search.results.slice(0, 6).map((customer) => (
            <li key={customer.id}>
              <button
                type="button"
                className="filter-result"
                onClick={() => {
                  setText('')
                  onSelect(customer)
                }}
              >
                {customer.full_name} <MaskedPhone masked={customer.phone_masked} className="muted" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
