import { useState } from 'react'
import type { Bill } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { Badge, Money, PageHeader, Panel } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { PAYMENT_LABEL } from '../../format/names'
import { formatDateTime } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useMayCall, useSession } from '../../session/session-context'
import { BillTotals } from './BillTotals'
import { RefundDialog } from './RefundDialog'

export function BillView({ id, justPosted }: { id: string; justPosted: boolean }) {
  const bill = useQuery(() => pos('bills.get', { id }), [id])
  return (
    <QueryPage query={bill} loadingLabel="Opening bill…">
      {(value) => <BillDocument bill={value} justPosted={justPosted} onChange={bill.set} />}
    </QueryPage>
  )
}

function BillDocument({ bill, justPosted, onChange }: { bill: Bill; justPosted: boolean; onChange: (bill: Bill) => void }) {
  const may = useMayCall()
  const { settings } = useSession()
  const notify = useToast()
  const [refunding, setRefunding] = useState(false)
  const isRefund = bill.kind === 'refund'
  const canRefund = may('bills.refund') && bill.kind === 'sale' && bill.status === 'posted'
  const back = bill.customer_id ? { href: `#/customers/${bill.customer_id}`, label: bill.customer_name ?? 'Customer' } : { href: '#/bills', label: 'Bills' }

  return (
    <div className="page page-bill-view">
      <PageHeader
        back={back}
        title={
          <span className="bill-title">
            {isRefund ? 'Refund' : 'Bill'} {bill.invoice_number}
            {bill.status === 'refunded' ? <Badge tone="warning">Refunded</Badge> : null}
            {isRefund ? <Badge tone="danger">Refund</Badge> : null}
          </span>
        }
        subtitle={formatDateTime(bill.posted_at)}
        actions={
          <>
            {bill.customer_id ? (
              <ButtonLink href={`#/bills/new?customer=${bill.customer_id}`} icon={<Icon name="receipt" size={16} />}>
                Another bill for {bill.customer_name?.split(' ')[0] ?? 'them'}
              </ButtonLink>
            ) : (
              <ButtonLink href="#/bills/new" icon={<Icon name="receipt" size={16} />}>
                New bill
              </ButtonLink>
            )}
            <ButtonLink href={`#/bills/${bill.id}/print`} icon={<Icon name="receipt" size={16} />}>
              Print or share
            </ButtonLink>
            {canRefund ? (
              <Button variant="danger" onClick={() => setRefunding(true)} icon={<Icon name="undo" size={16} />}>
                Refund
              </Button>
            ) : null}
          </>
        }
      />
      {justPosted ? (
        <div className="alert alert-success" role="status">
          <Icon name="check" size={16} /> Posted. {bill.customer_id ? 'Their visits and spend are updated.' : ''}
        </div>
      ) : null}
      <div className="bill-view-grid">
        <Panel className="invoice">
          <div className="invoice-head">
            <div>
              <div className="invoice-salon">{settings.salon_name}</div>
              <div className="muted small">{isRefund ? 'Credit note' : 'Tax invoice'}</div>
            </div>
            <div className="invoice-meta">
              <div>
                <span className="muted">No.</span> <strong>{bill.invoice_number}</strong>
              </div>
              <div className="muted small">{formatDateTime(bill.posted_at)}</div>
            </div>
          </div>
          <div className="invoice-party">
            <span className="muted">{isRefund ? 'Refunded to' : 'Billed to'}</span> {bill.customer_id ? <a href={`#/customers/${bill.customer_id}`}>{bill.customer_name}</a> : (bill.customer_name ?? 'Walk-in customer')}
          </div>
          <table className="table invoice-items">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="num">
                  Price
                </th>
                <th scope="col" className="num">
                  Qty
                </th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {bill.items.map((item, index) => (
                <tr key={index}>
                  <td>
                    {item.name}
                    {item.tax_code || item.stylist_name ? (
                      <div className="muted small">
                        {[item.tax_code ? `${item.kind === 'product' ? 'HSN' : 'SAC'} ${item.tax_code}` : null, item.stylist_name ? `by ${item.stylist_name}` : null].filter(Boolean).join(' · ')}
                      </div>
                    ) : null}
                  </td>
                  <td className="num">
                    <Money paise={item.unit_price} />
                  </td>
                  <td className="num">{item.quantity}</td>
                  <td className="num">
                    <Money paise={item.line_total} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="invoice-totals">
            <BillTotals figures={bill} />
          </div>
        </Panel>
        <div className="stack">
          <Panel title={isRefund ? 'Paid back' : 'Paid'}>
            <ul className="plain-list">
              {bill.payments.map((payment, index) => (
                <li key={index} className="split-row">
                  <span>{PAYMENT_LABEL[payment.method]}</span>
                  <Money paise={payment.amount} />
                </li>
              ))}
            </ul>
          </Panel>
          {isRefund ? (
            <Panel title="Refund">
              <p>
                <span className="muted">Reason:</span> {bill.refund_reason ?? '—'}
              </p>
              {bill.original_bill_id ? <a href={`#/bills/${bill.original_bill_id}`}>Open the original bill</a> : null}
            </Panel>
          ) : null}
          {bill.status === 'refunded' && bill.refund_bill_id ? (
            <Panel title="Refunded">
              {(bill.refund_bill_ids ?? []).length > 1 ? (
                <>
                  <p className="muted">This bill was refunded {bill.refund_bill_ids?.length} times (on desks that were offline): the owner settles it.</p>
                  <ul>
                    {bill.refund_bill_ids?.map((id, index) => (
                      <li key={id}>
                        <a href={`#/bills/${id}`}>Open refund {index + 1}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <>
                  <p className="muted">This bill was refunded in full.</p>
                  <a href={`#/bills/${bill.refund_bill_id}`}>Open the refund</a>
                </>
              )}
            </Panel>
          ) : null}
        </div>
      </div>
      {refunding ? (
        <RefundDialog
          bill={bill}
          onClose={() => setRefunding(false)}
          onRefunded={(refund) => {
            setRefunding(false)
            onChange({ ...bill, status: 'refunded', refund_bill_id: bill.refund_bill_id ?? refund.id, refund_bill_ids: [...(bill.refund_bill_ids ?? []), refund.id] })
            notify({ tone: 'success', message: `Refunded: ${refund.invoice_number}.`, action: { label: 'Open refund', run: () => navigate(`/bills/${refund.id}`) } })
          }}
        />
      ) : null}
    </div>
  )
}
