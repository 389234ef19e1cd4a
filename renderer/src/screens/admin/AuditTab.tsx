import { useMemo, useState } from 'react'
import type { CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePagedList } from '../../api/use-paged-list'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Badge, Panel } from '../../components/bits'
import { Empty, PagedView, ShowMore } from '../../components/StateView'
import { formatPhone } from '../../format/phone'
import { humaniseAction } from '../../format/names'
import { formatDateTime } from '../../format/time'
import { useCustomerSearch } from '../counter/use-customer-search'

const PAGE = 50

/** Who did what and when (never PII values), newest first, optionally for one customer. */
export function AuditTab() {
  const [customer, setCustomer] = useState<CustomerSummary | null>(null)
  const users = useQuery(() => pos('users.list', {}), [])
  // Keyed on the list itself: the query object is new on every render.
  const team = users.status === 'ok' ? users.value : null
  const names = useMemo(() => new Map(team?.map((user) => [user.id, user.name])), [team])
  const entries = usePagedList((before) => pos('audit.list', { limit: PAGE, ...(customer ? { customer_id: customer.id } : {}), ...(before ? { before } : {}) }), [customer])

  return (
    <Panel title="Audit log" actions={<CustomerFilter selected={customer} onSelect={setCustomer} />}>
      <PagedView list={entries} loadingLabel="Loading the audit log…" empty={<Empty title={customer ? `Nothing recorded for ${customer.full_name}.` : 'Nothing recorded yet.'} />}>
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
                    <td>{humaniseAction(entry.action)}</td>
                    <td>{entry.customer_id ? <a href={`#/customers/${entry.customer_id}`}>{customer && customer.id === entry.customer_id ? customer.full_name : 'Open customer'}</a> : <span className="muted">—</span>}</td>
                    <td>
                      <Badge tone={entry.outcome === 'ok' ? 'success' : entry.outcome === 'denied' ? 'danger' : 'warning'}>{entry.outcome === 'ok' ? 'OK' : entry.outcome === 'denied' ? 'Refused' : 'Failed'}</Badge>
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
  if (selected) {
    return (
      <div className="audit-filter">
        <span>
          For <strong>{selected.full_name}</strong>
        </span>
        <Button size="sm" onClick={() => onSelect(null)}>
          Show everyone
        </Button>
      </div>
    )
  }
  return (
    <div className="audit-filter">
      <label htmlFor="audit-customer" className="visually-hidden">
        Filter by customer
      </label>
      <input id="audit-customer" className="input" type="search" placeholder="Filter by customer…" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      {text.trim() && search.results.length > 0 ? (
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
                {customer.full_name} <span className="muted">{formatPhone(customer.phone)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
