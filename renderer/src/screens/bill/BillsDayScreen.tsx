import type { Bill, PaymentMethod } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePagedList } from '../../api/use-paged-list'
import { ButtonLink } from '../../components/Button'
import { Badge, Money, PageHeader, Panel, Stat } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, PagedView, ShowMore } from '../../components/StateView'
import { formatPaise } from '../../format/money'
import { PAYMENT_LABEL } from '../../format/names'
import { formatTime, formatWeekdayDate } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useSalonToday } from '../../session/session-context'
import { DateInput } from '../../components/DateField'

const PAGE = 50

/** One salon day's bills (today by default), newest first, with the day's takings. */
export function BillsDayScreen({ date }: { date: string | null }) {
  const today = useSalonToday()
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today
  const bills = usePagedList((before) => pos('bills.list', { date: day, limit: PAGE, ...(before ? { before } : {}) }), [day])

  return (
    <div className="page page-bills">
      <PageHeader
        title="Bills"
        subtitle={day === today ? `Today · ${formatWeekdayDate(day)}` : formatWeekdayDate(day)}
        actions={
          <>
            <label className="inline-field">
              <span aria-hidden="true">Day</span>
              <DateInput aria-label="Day" value={day} onChange={(iso) => iso && iso <= today && navigate(`/bills?date=${iso}`, { replace: true })} />
            </label>
            {day === today ? <ButtonLink href="#/day-close">Close the day</ButtonLink> : null}
            <ButtonLink href="#/bills/new" variant="primary" shortcut="Alt+B" icon={<Icon name="receipt" size={16} />}>
              New bill
            </ButtonLink>
          </>
        }
      />
      <PagedView
        list={bills}
        loadingLabel="Loading bills…"
        empty={
          <Panel>
            <Empty title={day === today ? 'No bills yet today.' : 'No bills on this day.'}>Posted bills and refunds appear here.</Empty>
          </Panel>
        }
      >
        {(items) => (
          <>
            <DayTakings bills={items} complete={bills.next === null} />
            <Panel>
              <table className="table bills-table">
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Invoice</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Items</th>
                    <th scope="col">Paid by</th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((bill) => (
                    <tr key={bill.id} className={bill.kind === 'refund' ? 'row-refund' : ''}>
                      <td>{formatTime(bill.posted_at)}</td>
                      <td>
                        <a href={`#/bills/${bill.id}`}>{bill.invoice_number}</a> {bill.kind === 'refund' ? <Badge tone="danger">Refund</Badge> : bill.status === 'refunded' ? <Badge tone="warning">Refunded</Badge> : null}
                      </td>
                      <td>{bill.customer_id ? <a href={`#/customers/${bill.customer_id}`}>{bill.customer_name}</a> : <span>{bill.customer_name ?? 'Walk-in'}</span>}</td>
                      <td className="muted">{bill.items.map((item) => item.name).join(', ')}</td>
                      <td>{bill.payments.map((payment) => PAYMENT_LABEL[payment.method]).join(' + ')}</td>
                      <td className="num">
                        {bill.kind === 'refund' ? '−' : ''}
                        <Money paise={bill.rounded_total} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ShowMore list={bills}>Show more</ShowMore>
            </Panel>
          </>
        )}
      </PagedView>
    </div>
  )
}

/** The day's takings from the bills shown (integer paise sums, for the counter's end-of-day check). */
function DayTakings({ bills, complete }: { bills: Bill[]; complete: boolean }) {
  const sales = bills.filter((bill) => bill.kind === 'sale')
  const refunds = bills.filter((bill) => bill.kind === 'refund')
  const sum = (list: Bill[]) => list.reduce((total, bill) => total + bill.rounded_total, 0)
  const byMethod = new Map<PaymentMethod, number>()
  for (const bill of bills) for (const payment of bill.payments) byMethod.set(payment.method, (byMethod.get(payment.method) ?? 0) + (bill.kind === 'refund' ? -payment.amount : payment.amount))
  return (
    <div className="stats-row">
      <Stat label="Sales" value={<Money paise={sum(sales)} />} detail={<>{sales.length} {sales.length === 1 ? 'bill' : 'bills'}</>} />
      <Stat label="Refunds" value={<Money paise={sum(refunds)} />} detail={<>{refunds.length} refunded</>} />
      <Stat label={`Net${complete ? '' : ' (so far shown)'}`} value={<Money paise={sum(sales) - sum(refunds)} />} detail={[...byMethod].map(([method, amount]) => `${PAYMENT_LABEL[method]} ${formatPaise(amount)}`).join(' · ')} />
    </div>
  )
}
