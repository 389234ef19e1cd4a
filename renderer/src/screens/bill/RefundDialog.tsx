import { useState } from 'react'
import type { Bill } from '../../api/contract'
import { pos } from '../../api/pos'
import { TextAreaField } from '../../components/Field'
import { DialogForm } from '../../components/Form'
import { formatPaise } from '../../format/money'
import { LIMITS } from '../../../../vocabulary'

/** Owner only: refunds a whole bill, with the reason on the record. */
export function RefundDialog({ bill, onClose, onRefunded }: { bill: Bill; onClose: () => void; onRefunded: (refund: Bill) => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (!reason.trim()) return setError('Say why the bill is refunded.')
    setBusy(true)
    const result = await pos('bills.refund', { bill_id: bill.id, reason: reason.trim() })
    setBusy(false)
    if (result.ok) onRefunded(result.value)
    else setError(result.error.fields?.reason ?? result.error.message)
  }

  return (
    <DialogForm
      title={`Refund ${bill.invoice_number}`}
      description={`${formatPaise(bill.rounded_total)} will be paid back${bill.customer_name ? ` to ${bill.customer_name}` : ''}, by the same methods as the bill. This cannot be undone.`}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      variant="danger"
      submitLabel={`Refund ${formatPaise(bill.rounded_total)}`}
    >
      <TextAreaField label="Reason" autoFocus rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={error ?? undefined} maxLength={LIMITS.reason} placeholder="e.g. Customer unhappy with the colour" />
    </DialogForm>
  )
}
