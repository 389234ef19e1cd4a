import { useEffect, useRef } from 'react'
import type { HistoryItem } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePagedList } from '../../api/use-paged-list'
import { Button } from '../../components/Button'
import { Badge, Money, StatusChip } from '../../components/bits'
import { Icon, type IconName } from '../../components/Icon'
import { Empty, ErrorState, Loading, PagedView } from '../../components/StateView'
import { PAYMENT_LABEL } from '../../format/names'
import { formatDate, formatDateTime, formatTime } from '../../format/time'

const PAGE = 20

/** Bills, refunds, walk-ins and appointments, newest first; more load as the list scrolls into view. */
export function HistoryTimeline({ customerId, version }: { customerId: string; version: number }) {
  // First page, and again whenever something new happened to this customer (a walk-in, a booking),
  // keeping what is shown until it arrives.
  const history = usePagedList((before) => pos('customers.history', { id: customerId, limit: PAGE, ...(before ? { before } : {}) }), [customerId, version], { keepShown: true })
  const sentinel = useRef<HTMLDivElement>(null)
  const { loadMore, done, error } = history

  useEffect(() => {
    const target = sentinel.current
    if (!target || done || error) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore()
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [loadMore, done, error])

  return (
    <PagedView list={history} loadingLabel="Loading history…" empty={<Empty title="No visits yet.">Bills, walk-ins and appointments will appear here.</Empty>}>
      {(items) => (
        <div className="timeline-wrap">
          <ol className="timeline">
            {items.map((item) => (
              <TimelineEntry key={'bill' in item ? item.bill.id : `${item.kind}-${item.ticket_number}`} item={item} />
            ))}
          </ol>
          <div ref={sentinel} className="timeline-more">
            {history.error ? <ErrorState error={history.error} onRetry={history.retry} /> : null}
            {history.loading ? <Loading label="Loading more…" /> : null}
            {!history.loading && !history.error && history.next ? (
              <Button size="sm" onClick={loadMore}>
                Show older
              </Button>
            ) : null}
            {history.done ? <p className="muted small">That is everything.</p> : null}
          </div>
        </div>
      )}
    </PagedView>
  )
}

function TimelineEntry({ item }: { item: HistoryItem }) {
  const icon: IconName = item.kind === 'bill' ? 'receipt' : item.kind === 'refund' ? 'undo' : item.kind === 'walkin' ? 'walkin' : 'calendar'
  return (
    <li className={`timeline-item timeline-${item.kind}`}>
      <span className="timeline-dot" aria-hidden="true">
        <Icon name={icon} size={14} />
      </span>
      <div className="timeline-when">
        <div>{formatDate(item.at)}</div>
        <div className="muted small">{formatTime(item.at)}</div>
      </div>
      <div className="timeline-body">{'bill' in item ? <BillEntry item={item} /> : <VisitEntry item={item} />}</div>
    </li>
  )
}

function BillEntry({ item }: { item: Extract<HistoryItem, { kind: 'bill' | 'refund' }> }) {
  const { bill } = item
  const refund = item.kind === 'refund'
  const summary = bill.items.map((line) => (line.quantity > 1 ? `${line.name} ×${line.quantity}` : line.name)).join(', ')
  return (
    <>
      <div className="timeline-title">
        <a href={`#/bills/${bill.id}`}>
          {refund ? 'Refund' : 'Bill'} {bill.invoice_number}
        </a>
        {bill.status === 'refunded' ? <Badge tone="warning">Refunded</Badge> : null}
        <span className={`timeline-amount ${refund ? 'is-refund' : ''}`}>
          {refund ? '−' : ''}
          <Money paise={bill.rounded_total} />
        </span>
      </div>
      <div className="muted small">
        {summary}
        {refund && bill.refund_reason ? ` · Reason: ${bill.refund_reason}` : ''}
        {!refund ? ` · Paid by ${bill.payments.map((payment) => PAYMENT_LABEL[payment.method]).join(' + ')}` : ''}
      </div>
    </>
  )
}

function VisitEntry({ item }: { item: Extract<HistoryItem, { kind: 'walkin' | 'appointment' }> }) {
  return (
    <>
      <div className="timeline-title">
        <span>{item.kind === 'walkin' ? 'Walk-in' : 'Appointment'}</span>
        {item.service ? <span className="muted">· {item.service}</span> : null}
        <StatusChip status={item.status} />
      </div>
      <div className="muted small">
        Ticket <span className="ticket">{item.ticket_number}</span>
        {item.kind === 'appointment' ? ` · for ${formatDateTime(item.at)}` : ''}
      </div>
    </>
  )
}
