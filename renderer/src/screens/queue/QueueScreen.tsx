import { useState } from 'react'
import type { ApiError, VisitStatus } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePolling } from '../../api/use-polling'
import { useQuery, type Query } from '../../api/use-query'
import { Button } from '../../components/Button'
import { PageHeader, StatusChip } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatTime, formatWeekdayDate } from '../../format/time'
import { useRole, useSalonToday } from '../../session/session-context'
import { MyDayTally } from './MyDayTally'

/** One ticket as the queue shows it. Staff get only the ticket, a first name, the service and the status. */
type Ticket = { ticket_number: string; name: string; status: VisitStatus; service?: string | null; detail?: string; customer_id?: string | null }

const REFRESH_MS = 20_000
const WAITING: VisitStatus[] = ['scheduled', 'checked_in']

/** Today's tickets. For staff this is the whole app: Start and Done. The counter also checks people in. */
export function QueueScreen() {
  const role = useRole()
  const today = useSalonToday()
  const tickets = useQuery<Ticket[]>(
    async () => {
      if (role === 'staff') {
        const result = await pos('queue.today', {})
        return result.ok ? { ok: true, value: result.value.map((entry) => ({ ticket_number: entry.ticket_number, name: entry.first_name, service: entry.service, status: entry.status })) } : result
      }
      const result = await pos('visits.today', {})
      return result.ok
        ? {
            ok: true,
            value: result.value.map((visit) => ({
              ticket_number: visit.ticket_number,
              name: visit.customer_name,
              status: visit.status,
              service: visit.service,
              customer_id: visit.customer_id,
              detail: `${visit.kind === 'appointment' ? `Appointment ${formatTime(visit.scheduled_at)}` : `Walk-in ${formatTime(visit.checked_in_at ?? visit.created_at)}`}`,
            })),
          }
        : result
    },
    [role],
  )

  // The queue changes from other windows: refresh while it is open.
  usePolling(tickets.reload, REFRESH_MS)

  return (
    <div className="page page-queue">
      <PageHeader
        title="Queue"
        subtitle={`Today · ${formatWeekdayDate(today)}`}
        actions={
          <Button onClick={tickets.reload} icon={<Icon name="refresh" size={16} />} busy={tickets.status === 'ok' && tickets.refreshing}>
            Refresh
          </Button>
        }
      />
      {role === 'staff' ? <MyDayTally /> : null}
      <QueryView query={tickets} isEmpty={(list) => list.length === 0} empty={<Empty title="No one in the queue yet today.">Walk-ins and appointments added at the counter appear here.</Empty>} loadingLabel="Loading the queue…">
        {(list) => <QueueBoard tickets={list} query={tickets} staff={role === 'staff'} />}
      </QueryView>
    </div>
  )
}

function QueueBoard({ tickets, query, staff }: { tickets: Ticket[]; query: Query<Ticket[]>; staff: boolean }) {
  const columns: { title: string; statuses: VisitStatus[] }[] = [
    { title: 'Waiting', statuses: WAITING },
    { title: 'In progress', statuses: ['in_progress'] },
    { title: 'Done', statuses: ['completed', 'cancelled', 'no_show'] },
  ]
  const replace = (ticket: Ticket) => {
    if (query.status === 'ok') query.set(query.value.map((entry) => (entry.ticket_number === ticket.ticket_number ? ticket : entry)))
  }
  return (
    <div className="queue-board">
      {columns.map((column) => {
        const inColumn = tickets.filter((ticket) => column.statuses.includes(ticket.status)).sort((a, b) => a.ticket_number.localeCompare(b.ticket_number))
        return (
          <section key={column.title} className="queue-column" aria-label={column.title}>
            <h2 className="queue-column-title">
              {column.title} <span className="count">{inColumn.length}</span>
            </h2>
            {inColumn.length === 0 ? <p className="muted small queue-empty">None</p> : null}
            <ul className="queue-list">
              {inColumn.map((ticket) => (
                <QueueCard key={ticket.ticket_number} ticket={ticket} staff={staff} onChanged={replace} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

/** "TKT-261124-004" → "004": the number people hear called out. */
const shortTicket = (ticket: string) => ticket.split('-').pop() ?? ticket

function QueueCard({ ticket, staff, onChanged }: { ticket: Ticket; staff: boolean; onChanged: (ticket: Ticket) => void }) {
  const notify = useToast()
  const [busy, setBusy] = useState<VisitStatus | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  async function setStatus(status: VisitStatus) {
    setBusy(status)
    setError(null)
    const result = await pos('queue.setStatus', { ticket_number: ticket.ticket_number, status })
    setBusy(null)
    if (!result.ok) return setError(result.error)
    onChanged({ ...ticket, status: result.value.status })
    notify({ tone: 'success', message: `${shortTicket(ticket.ticket_number)} ${ticket.name.split(' ')[0]}: ${status === 'in_progress' ? 'started' : status === 'completed' ? 'done' : status === 'checked_in' ? 'checked in' : status.replace('_', '-')}.` })
  }

  const action = (status: VisitStatus, label: string, variant: 'primary' | 'secondary' | 'ghost', icon?: 'play' | 'check') => (
    <Button size={staff ? 'lg' : 'sm'} variant={variant} busy={busy === status} disabled={busy !== null} onClick={() => void setStatus(status)} aria-label={`${label} ${shortTicket(ticket.ticket_number)} ${ticket.name}`} icon={icon ? <Icon name={icon} size={16} /> : undefined}>
      {label}
    </Button>
  )

  return (
    <li className={`queue-card status-${ticket.status}`}>
      <div className="queue-ticket">
        <span className="visually-hidden">Ticket </span>
        <span className="queue-ticket-no">{shortTicket(ticket.ticket_number)}</span>
        <span className="queue-ticket-full">{ticket.ticket_number}</span>
      </div>
      <div className="queue-who">
        <div className="queue-name">{ticket.customer_id && !staff ? <a href={`#/customers/${ticket.customer_id}`}>{ticket.name}</a> : ticket.name}</div>
        {ticket.service || ticket.detail ? <div className="muted small">{[ticket.service, ticket.detail].filter(Boolean).join(' · ')}</div> : null}
        <StatusChip status={ticket.status} />
      </div>
      <div className="queue-actions">
        {ticket.status === 'scheduled' && !staff ? action('checked_in', 'Check in', 'primary') : null}
        {ticket.status === 'checked_in' || (staff && ticket.status === 'scheduled') ? action('in_progress', 'Start', 'primary', 'play') : null}
        {ticket.status === 'in_progress' ? action('completed', 'Done', 'primary', 'check') : null}
        {ticket.status === 'scheduled' && !staff ? action('no_show', 'No-show', 'ghost') : null}
        {ticket.status === 'checked_in' && !staff ? action('cancelled', 'Cancel', 'ghost') : null}
      </div>
      {error ? (
        <div className="field-error queue-error" role="alert">
          {error.message}
        </div>
      ) : null}
    </li>
  )
}
