import { useState } from 'react'
import type { CustomerDetail, MethodName } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { Avatar, Badge, Money, PageHeader, Panel, Stat } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { MenuButton, type MenuItem } from '../../components/MenuButton'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatPhone } from '../../format/phone'
import { daysUntilBirthday, formatDate, relativeDay } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useMayCall, useSalonToday } from '../../session/session-context'
import { useShortcut } from '../../session/shortcuts'
import { WalkInDialog } from '../counter/WalkInDialog'
import { AppointmentDialog } from './AppointmentDialog'
import { DeleteCustomerDialog } from './DeleteCustomerDialog'
import { EraseCustomerDialog } from './EraseCustomerDialog'
import { HistoryTimeline } from './HistoryTimeline'
import { NotesEditor } from './NotesEditor'

type Dialog = 'queue' | 'appointment' | 'delete' | 'erase' | null

export function CustomerScreen({ id }: { id: string }) {
  const customer = useQuery(() => pos('customers.get', { id }), [id])
  return (
    <QueryPage query={customer} loadingLabel="Opening customer…">
      {(value) => <CustomerView customer={value} onChange={customer.set} />}
    </QueryPage>
  )
}

function CustomerView({ customer, onChange }: { customer: CustomerDetail; onChange: (customer: CustomerDetail) => void }) {
  const may = useMayCall()
  const today = useSalonToday()
  const notify = useToast()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [historyVersion, setHistoryVersion] = useState(0)
  const name = { id: customer.id, name: customer.full_name }
  const birthdayIn = customer.date_of_birth ? daysUntilBirthday(customer.date_of_birth, today) : null

  useShortcut('Alt+B', () => navigate(`/bills/new?customer=${customer.id}`))
  useShortcut('Alt+W', () => setDialog('queue'))
  useShortcut('Alt+P', () => setDialog('appointment'))
  useShortcut('Alt+E', () => navigate(`/customers/${customer.id}/edit`))

  // A walk-in or a booking: the dialog closes, the history shows it, a toast says so.
  function visitAdded(message: string) {
    setDialog(null)
    setHistoryVersion((v) => v + 1)
    notify({ tone: 'success', message })
  }

  async function exportData() {
    const result = await pos('customers.export', { id: customer.id })
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    notify({ tone: 'success', message: `Exported ${result.value.bills} bills and ${result.value.visits} visits to ${result.value.html_file} (and .json).` })
  }

  // The less-used actions, each shown to a role that may call the method behind it.
  const actions: [MethodName, MenuItem][] = [
    ['customers.export', { label: 'Export their data', hint: 'Everything held about them, as a page and JSON', onSelect: () => void exportData() }],
    ['customers.delete', { label: 'Delete', hint: 'Hide them; the owner can restore', onSelect: () => setDialog('delete'), tone: 'danger' }],
    ['customers.erase', { label: 'Erase for good…', hint: 'Right to be forgotten; bills stay', onSelect: () => setDialog('erase'), tone: 'danger' }],
  ]
  const more = actions.filter(([method]) => may(method)).map(([, item]) => item)

  return (
    <div className="page page-customer">
      <PageHeader
        back={{ href: '#/counter', label: 'Counter' }}
        title={
          <span className="customer-title">
            <Avatar name={customer.full_name} size="lg" />
            <span>{customer.full_name}</span>
            {birthdayIn !== null && birthdayIn <= 6 ? (
              <Badge tone="accent">
                <Icon name="cake" size={14} /> {birthdayIn === 0 ? 'Birthday today' : birthdayIn === 1 ? 'Birthday tomorrow' : `Birthday in ${birthdayIn} days`}
              </Badge>
            ) : null}
          </span>
        }
        subtitle={
          <span className="customer-subtitle">
            <span>
              <Icon name="phone" size={14} /> {customer.phone ? formatPhone(customer.phone) : 'Phone unreadable'}
            </span>
            <span>Member since {formatDate(customer.member_since)}</span>
          </span>
        }
        actions={
          <>
            <ButtonLink href={`#/bills/new?customer=${customer.id}`} variant="primary" shortcut="Alt+B" icon={<Icon name="receipt" size={16} />}>
              New bill
            </ButtonLink>
            <Button onClick={() => setDialog('queue')} shortcut="Alt+W" icon={<Icon name="walkin" size={16} />}>
              Add to queue
            </Button>
            <Button onClick={() => setDialog('appointment')} shortcut="Alt+P" icon={<Icon name="calendar" size={16} />}>
              Book
            </Button>
            <ButtonLink href={`#/customers/${customer.id}/edit`} shortcut="Alt+E" icon={<Icon name="edit" size={16} />}>
              Edit
            </ButtonLink>
            {more.length > 0 ? <MenuButton label="More" items={more} /> : null}
          </>
        }
      />

      {customer.unreadable_fields && customer.unreadable_fields.length > 0 ? (
        <div className="alert alert-warning" role="alert">
          Some details could not be read safely ({customer.unreadable_fields.join(', ')}). They were not changed. Re-enter them with Edit.
        </div>
      ) : null}

      <div className="stats-row" aria-label="Visits and spend">
        <Stat label="Visits" value={String(customer.total_visits)} testId="stat-visits" />
        <Stat label="Total spent" value={<Money paise={customer.total_spent} />} testId="stat-spent" />
        <Stat label="Last visit" value={customer.last_visit_at ? relativeDay(customer.last_visit_at, today) : 'No visits yet'} detail={customer.last_visit_at ? formatDate(customer.last_visit_at) : undefined} testId="stat-last-visit" />
      </div>

      <div className="customer-grid">
        <div className="stack">
          <Panel title="Details">
            <dl className="details">
              <Detail label="Phone" value={customer.phone ? formatPhone(customer.phone) : '—'} />
              <Detail label="Email" value={customer.email ?? '—'} />
              <Detail label="Birthday" value={customer.date_of_birth ? formatDate(customer.date_of_birth) : '—'} />
              <Detail label="Gender" value={customer.gender ?? '—'} />
              <Detail label="Member since" value={formatDate(customer.member_since)} />
            </dl>
          </Panel>
          <Panel title="Notes">
            <NotesEditor customer={customer} onSaved={onChange} />
          </Panel>
        </div>
        <Panel title="History" className="history-panel">
          <HistoryTimeline customerId={customer.id} version={historyVersion} />
        </Panel>
      </div>

      {dialog === 'queue' ? (
        <WalkInDialog
          customer={name}
          onClose={() => setDialog(null)}
          onAdded={(visit) => visitAdded(`${customer.first_name} is in the queue: ticket ${visit.ticket_number}.`)}
        />
      ) : null}
      {dialog === 'appointment' ? (
        <AppointmentDialog
          customer={name}
          onClose={() => setDialog(null)}
          onBooked={(visit) => visitAdded(`Booked ${customer.first_name} for ${formatDate(visit.scheduled_at)}: ticket ${visit.ticket_number}.`)}
        />
      ) : null}
      {dialog === 'delete' ? <DeleteCustomerDialog customer={customer} onClose={() => setDialog(null)} /> : null}
      {dialog === 'erase' ? <EraseCustomerDialog customer={customer} onClose={() => setDialog(null)} /> : null}
    </div>
  )
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
