import { useState } from 'react'
import type { ApiError, Role, VisitStatus } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePolling } from '../../api/use-polling'
import { useQuery, type Query } from '../../api/use-query'
import { Button } from '../../components/Button'
import { PageHeader, StatusChip } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatTime, formatWeekdayDate } from '../../format/time'
import { useMayCall, useRole, useSalonToday } from '../../session/session-context'
import { nextStatusesFor, stageOf, type VisitStage } from '../../../../vocabulary'
import { MyDayTally } from './MyDayTally'

/** One ticket as the queue shows it. Staff get only the ticket, a first name, the service and the status. */
type Ticket = { ticket_number: string; name: string; status: VisitStatus; service?: string | null; detail?: string; customer_id?: string | null }

const REFRESH_MS = 20_000

/** Today's tickets. For staff this is the whole app: Start and Done. The counter also checks people in. */
export function QueueScreen() {
  const role = useRole()
  // Who may see the whole day (the counter) sees it; staff see the queue: ticket, first name, service.
  const counter = useMayCall()('visits.today')
  const today = useSalonToday()
  const tickets = useQuery<Ticket[]>(
    async () => {
      if (!counter) {
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
    [counter],
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
      {counter ? null : <MyDayTally />}
      <QueryView query={tickets} isEmpty={(list) => list.length === 0} empty={<Empty title="No one in the queue yet today.">Walk-ins and appointments added at the counter appear here.</Empty>} loadingLabel="Loading the queue…">
        {(list) => <QueueBoard tickets={list} query={tickets} role={role} staff={!counter} />}
      </QueryView>
    </div>
  )
}

function QueueBoard({ tickets, query, role, staff }: { tickets: Ticket[]; query: Query<Ticket[]>; role: Role; staff: boolean }) {
  const columns: { title: string; stage: VisitStage }[] = [
    { title: 'Waiting', stage: 'waiting' },
    { title: 'In progress', stage: 'in-service' },
    { title: 'Done', stage: 'done' },
  ]
  const replace = (ticket: Ticket) => {
    if (query.status === 'ok') query.set(query.value.map((entry) => (entry.ticket_number === ticket.ticket_number ? ticket : entry)))
  }
  return (
    <div className="queue-board">
      {columns.map((column) => {
        const inColumn = tickets.filter((ticket) => stageOf(ticket.status) === column.stage).sort((a, b) => a.ticket_number.localeCompare(b.ticket_number))
        return (
          <section key={column.title} className="queue-column" aria-label={column.title}>
            <h2 className="queue-column-title">
              {column.title} <span className="count">{inColumn.length}</span>
            </h2>
            {inColumn.length === 0 ? <p className="muted small queue-empty">None</p> : null}
            <ul className="queue-list">
              {inColumn.map((ticket) => (
                <QueueCard key={ticket.ticket_number} ticket={ticket} role={role} staff={staff} onChanged={replace} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

/** The queue's buttons, in the order they show. */
const QUEUE_ACTIONS: { status: VisitStatus; label: string; variant: 'primary' | 'ghost'; icon?: 'play' | 'check' }[] = [
  { status: 'checked_in', label: 'Check in', variant: 'primary' },
  { status: 'in_progress', label: 'Start', variant: 'primary', icon: 'play' },
  { status: 'completed', label: 'Done', variant: 'primary', icon: 'check' },
  { status: 'no_show', label: 'No-show', variant: 'ghost' },
  { status: 'cancelled', label: 'Cancel', variant: 'ghost' },
]

/** "TKT-261124-004" → "004": the number people hear called out. */
const shortTicket = (ticket: string) => ticket.split('-').pop() ?? ticket

function QueueCard({ ticket, role, staff, onChanged }: { ticket: Ticket; role: Role; staff: boolean; onChanged: (ticket: Ticket) => void }) {
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

  // Each button where the lifecycle allows the move and the role may make it (vocabulary/visit-status.ts).
  // A booking not yet arrived is cancelled from the book, where its dialog offers it; here it can be a no-show.
  const offered = (from: VisitStatus, to: VisitStatus) => nextStatusesFor(role, from).includes(to) && !(from === 'scheduled' && to === 'cancelled')

  const action = (status: VisitStatus, label: string, variant: 'primary' | 'secondary' | 'ghost', icon?: 'play' | 'check') => (
    <Button key={status} size={staff ? 'lg' : 'sm'} variant={variant} busy={busy === status} disabled={busy !== null} onClick={() => void setStatus(status)} aria-label={`${label} ${shortTicket(ticket.ticket_number)} ${ticket.name}`} icon={icon ? <Icon name={icon} size={16} /> : undefined}>
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
        {QUEUE_ACTIONS.filter((button) => offered(ticket.status, button.status)).map((button) => action(button.status, button.label, button.variant, button.icon))}
      </div>
      {error ? (
        <div className="field-error queue-error" role="alert">
          {error.message}
        </div>
      ) : null}
    </li>
  )
}
