import type { PaymentMethod } from '../../api/contract'
import { Button } from '../../components/Button'
import { Icon } from '../../components/Icon'
import { Money } from '../../components/bits'
import { paiseToInput } from '../../format/money'
import { PAYMENT_LABEL } from '../../format/names'
import { newKey, type PaymentDraft } from './bill-draft'
import { PAYMENT_METHODS } from '../../../../vocabulary'

type Props = {
  payments: PaymentDraft[]
  onChange: (payments: PaymentDraft[]) => void
  /** The rounded total the payments must add up to (null until the core has priced the bill). */
  due: number | null
  /** The sum typed so far (null while an amount cannot be read). */
  paid: number | null
  problems: Map<number, string>
}

/** How the customer pays: one or more methods that must add up to the rounded total. */
export function PaymentsEditor({ payments, onChange, due, paid, problems }: Props) {
  const update = (key: number, patch: Partial<PaymentDraft>) => onChange(payments.map((payment) => (payment.key === key ? { ...payment, ...patch } : payment)))
  const unused = PAYMENT_METHODS.find((method) => !payments.some((payment) => payment.method === method)) ?? 'other'
  const remaining = due !== null && paid !== null ? due - paid : null

  const add = () => {
    const key = newKey()
    onChange([...payments, { key, method: unused, amount: remaining !== null && remaining > 0 ? paiseToInput(remaining) : '' }])
    requestAnimationFrame(() => document.getElementById(`payment-amount-${key}`)?.focus())
  }

  return (
    <fieldset className="payments">
      <legend className="panel-subtitle">Payment</legend>
      {payments.map((payment, index) => {
        const problem = problems.get(payment.key)
        return (
          <div key={payment.key} className="payment-row">
            <select className="input select" aria-label={`Payment ${index + 1} method`} value={payment.method} onChange={(event) => update(payment.key, { method: event.target.value as PaymentMethod })}>
              {PAYMENT_METHODS.map((method) => (
                <option key={method} value={method}>
                  {PAYMENT_LABEL[method]}
                </option>
              ))}
            </select>
            <div className="input-group">
              <span className="input-prefix" aria-hidden="true">
                ₹
              </span>
              <input id={`payment-amount-${payment.key}`} className="input input-money" aria-label={`Payment ${index + 1} amount in rupees`} inputMode="decimal" value={payment.amount} onChange={(event) => update(payment.key, { amount: event.target.value })} aria-invalid={problem ? true : undefined} autoComplete="off" />
            </div>
            {payments.length > 1 ? (
              <button type="button" className="icon-button" aria-label={`Remove payment ${index + 1}`} onClick={() => onChange(payments.filter((entry) => entry.key !== payment.key))}>
                <Icon name="x" size={16} />
              </button>
            ) : null}
            {problem ? <div className="field-error payment-error">{problem}</div> : null}
          </div>
        )
      })}
      <div className="payments-footer">
        {payments.length < PAYMENT_METHODS.length ? (
          <Button size="sm" variant="ghost" onClick={add} icon={<Icon name="plus" size={14} />}>
            Split payment
          </Button>
        ) : (
          <span />
        )}
        <PaymentBalance remaining={remaining} />
      </div>
    </fieldset>
  )
}

function PaymentBalance({ remaining }: { remaining: number | null }) {
  if (remaining === null) return null
  if (remaining === 0)
    return (
      <span className="balance balance-ok" role="status">
        <Icon name="check" size={14} /> Adds up
      </span>
    )
  return (
    <span className="balance balance-off" role="status">
      {remaining > 0 ? (
        <>
          <Money paise={remaining} /> still to pay
        </>
      ) : (
        <>
          <Money paise={-remaining} /> more than the total
        </>
      )}
    </span>
  )
}
