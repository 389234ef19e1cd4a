import { useState } from 'react'
import type { Visit } from '../../api/contract'
import { usePolling } from '../../api/use-polling'
import type { Query } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Panel, StatusChip } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatTime } from '../../format/time'
import { useShortcut } from '../../session/shortcuts'
import { WalkInDialog } from './WalkInDialog'
import { hasArrived, isOpen } from '../../../../vocabulary'

const REFRESH_MS = 30_000

/** Today's walk-ins and appointments, open ones first. */
export function TodayPanel({ visits }: { visits: Query<Visit[]> }) {
  const [adding, setAdding] = useState(false)
  const notify = useToast()
  useShortcut('Alt+W', () => setAdding(true))

  // Other windows (the staff's queue) change today's visits.
  usePolling(visits.reload, REFRESH_MS)

  return (
    <Panel
      title="Today"
      className="today-panel"
      actions={
        <>
          <Button size="sm" variant="ghost" onClick={visits.reload} aria-label="Refresh today’s visits" icon={<Icon name="refresh" size={16} />}>
            Refresh
          </Button>
          <Button size="sm" onClick={() => setAdding(true)} shortcut="Alt+W" icon={<Icon name="walkin" size={16} />}>
            Walk-in
          </Button>
        </>
      }
    >
      <QueryView query={visits} isEmpty={(list) => list.length === 0} empty={<Empty title="No visits yet today.">Walk-ins and today’s appointments appear here.</Empty>} loadingLabel="Loading today’s visits…">
        {(list) => <VisitList visits={[...list].sort(openFirst)} />}
      </QueryView>
      {adding ? (
        <WalkInDialog
          onClose={() => setAdding(false)}
          onAdded={(visit) => {
            setAdding(false)
            visits.reload()
            notify({ tone: 'success', message: `Ticket ${visit.ticket_number} added to the queue.` })
          }}
        />
      ) : null}
    </Panel>
  )
}

function openFirst(a: Visit, b: Visit): number {
  const open = Number(isOpen(b.status)) - Number(isOpen(a.status))
  if (open !== 0) return open
  return (a.scheduled_at ?? a.checked_in_at ?? a.created_at).localeCompare(b.scheduled_at ?? b.checked_in_at ?? b.created_at)
}

function VisitList({ visits }: { visits: Visit[] }) {
  return (
    <ul className="visit-list">
      {visits.map((visit) => (
        <li key={visit.id} className="visit-row">
          <div className="visit-time">{formatTime(visit.scheduled_at ?? visit.checked_in_at ?? visit.created_at)}</div>
          <div className="visit-main">
            <div className="visit-name">{visit.customer_id ? <a href={`#/customers/${visit.customer_id}`}>{visit.customer_name}</a> : visit.customer_name}</div>
            <div className="muted small">
              {visit.kind === 'appointment' ? 'Appointment' : 'Walk-in'}
              {visit.service ? ` · ${visit.service}` : ''}
            </div>
            <div className="visit-ticket muted small">
              <span className="ticket" title={visit.ticket_number}>
                <span className="visually-hidden">Ticket </span>
                {visit.ticket_number}
              </span>
              {visit.stylist_name ? ` · ${visit.stylist_name}` : ''}
            </div>
          </div>
          <div className="visit-side">
            <StatusChip status={visit.status} />
            {/* A visit that has arrived can be billed: the bill names its customer, and its stylist on each service line. */}
            {hasArrived(visit.status) ? (
              <a className="btn btn-secondary btn-sm" href={`#/bills/new?visit=${visit.id}`} aria-label={`Bill ${visit.customer_name} (${visit.ticket_number})`}>
                <span className="btn-icon" aria-hidden="true">
                  <Icon name="receipt" size={14} />
                </span>
                <span>Bill</span>
              </a>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
