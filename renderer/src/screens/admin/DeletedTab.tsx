import { useState } from 'react'
import type { CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Money, Panel } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { MaskedPhone } from '../../components/MaskedPhone'
import { formatDate } from '../../format/time'
import { navigate } from '../../router/hash-router'

/** Deleted customers, each with a restore. */
export function DeletedTab() {
  const deleted = useQuery(() => pos('customers.listDeleted', {}), [])
  return (
    <Panel title="Deleted customers">
      <QueryView query={deleted} isEmpty={(list) => list.length === 0} empty={<Empty title="No deleted customers.">Customers you delete can be restored from here, with their history.</Empty>}>
        {(list) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Phone</th>
                <th scope="col" className="num">
                  Visits
                </th>
                <th scope="col" className="num">
                  Spent
                </th>
                <th scope="col">Member since</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((customer) => (
                <DeletedRow key={customer.id} customer={customer} onRestored={() => deleted.status === 'ok' && deleted.set(list.filter((entry) => entry.id !== customer.id))} />
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </Panel>
  )
}

function DeletedRow({ customer, onRestored }: { customer: CustomerSummary; onRestored: () => void }) {
  const notify = useToast()
  const [busy, setBusy] = useState(false)
  async function restore() {
    setBusy(true)
    const result = await pos('customers.restore', { id: customer.id })
    setBusy(false)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    onRestored()
    notify({ tone: 'success', message: `${result.value.full_name} was restored.`, action: { label: 'Open', run: () => navigate(`/customers/${customer.id}`) } })
  }
  return (
    <tr>
      <td className="strong">{customer.full_name}</td>
      <td className="nowrap">{customer.phone_masked ? <MaskedPhone masked={customer.phone_masked} /> : '—'}</td>
      <td className="num">{customer.total_visits}</td>
      <td className="num">
        <Money paise={customer.total_spent} />
      </td>
      <td>{formatDate(customer.member_since)}</td>
      <td className="num">
        <Button size="sm" busy={busy} onClick={() => void restore()} icon={<Icon name="undo" size={14} />} aria-label={`Restore ${customer.full_name}`}>
          Restore
        </Button>
      </td>
    </tr>
  )
}
