import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ApiError, AuditEntry, CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Badge, Panel } from '../../components/bits'
import { Empty, ErrorState, Loading } from '../../components/StateView'
import { formatPhone } from '../../format/phone'
import { humaniseAction } from '../../format/names'
import { formatDateTime } from '../../format/time'
import { useCustomerSearch } from '../counter/use-customer-search'

const PAGE = 50

type State = { items: AuditEntry[]; next: string | null; loading: boolean; error: ApiError | null }

/** Who did what and when (never PII values), newest first, optionally for one customer. */
export function AuditTab() {
  const [customer, setCustomer] = useState<CustomerSummary | null>(null)
  const [state, setState] = useState<State>({ items: [], next: null, loading: true, error: null })
  const users = useQuery(() => pos('users.list', {}), [])
  const names = useMemo(() => new Map(users.status === 'ok' ? users.value.map((user) => [user.id, user.name]) : []), [users])
  const generation = useRef(0)

  const load = useCallback(
    async (before: string | null) => {
      const mine = before ? generation.current : ++generation.current
      setState((current) => ({ ...(before ? current : { items: [], next: null }), loading: true, error: null }))
      const result = await pos('audit.list', { limit: PAGE, ...(customer ? { customer_id: customer.id } : {}), ...(before ? { before } : {}) })
      if (mine !== generation.current) return
      if (!result.ok) return setState((current) => ({ ...current, loading: false, error: result.error }))
      setState((current) => ({ items: before ? [...current.items, ...result.value.items] : result.value.items, next: result.value.next, loading: false, error: null }))
    },
    [customer],
  )

  useEffect(() => {
    void load(null)
  }, [load])

  return (
    <Panel title="Audit log" actions={<CustomerFilter selected={customer} onSelect={setCustomer} />}>
      {state.error && state.items.length === 0 ? <ErrorState error={state.error} onRetry={() => void load(null)} /> : null}
      {state.loading && state.items.length === 0 ? <Loading label="Loading the audit log…" /> : null}
      {!state.loading && !state.error && state.items.length === 0 ? <Empty title={customer ? `Nothing recorded for ${customer.full_name}.` : 'Nothing recorded yet.'} /> : null}
      {state.items.length > 0 ? (
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
              {state.items.map((entry) => (
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
          {state.next ? (
            <div className="table-more">
              <Button size="sm" busy={state.loading} onClick={() => void load(state.next)}>
                Show older
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
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
