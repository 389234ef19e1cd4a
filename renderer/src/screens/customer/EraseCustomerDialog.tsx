import { useState } from 'react'
import type { CustomerDetail, ErasureResult } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { TextAreaField, TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'
import { Icon } from '../../components/Icon'
import { navigate } from '../../router/hash-router'
import { LIMITS } from '../../../../vocabulary'

/**
 * Owner only: the right to be forgotten (DPDP Act). The personal details go for good; bills stay
 * for the tax records, under "Erased customer". Typed confirmation, and the reason on the record.
 * Then what happened, in the core's words: the exports cleaned, the backups that still hold the
 * customer and when the last ages out, any file Parlour could not clean.
 */
export function EraseCustomerDialog({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }) {
  const [erased, setErased] = useState<ErasureResult | null>(null)
  const [basis, setBasis] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (confirm !== 'ERASE') return setErrors({ confirm: 'Type ERASE in capitals to confirm.' })
    setBusy(true)
    const result = await pos('customers.erase', { id: customer.id, confirm: 'ERASE', basis: basis.trim() })
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    setErased(result.value)
  }

  if (erased) {
    // The customer is gone: whichever way this closes, the counter is where the owner goes next.
    const done = () => {
      onClose()
      navigate('/counter')
    }
    return <ErasedSummary name={customer.full_name} result={erased} onDone={done} />
  }

  return (
    <DialogForm
      title={`Erase ${customer.full_name} for good?`}
      description="Their name, phone, email, birthday, notes and gender are removed and cannot be restored, not even from a backup; so are the exports Parlour wrote about them. Bills and visits stay, under “Erased customer”, because tax law requires them."
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={errors.form}
      cancelLabel="Keep"
      submitLabel="Erase for good"
      variant="danger"
      busy={busy}
      disabled={!basis.trim() || confirm !== 'ERASE'}
    >
      <TextAreaField label="Why (kept on the record)" autoFocus rows={2} value={basis} onChange={(event) => setBasis(event.target.value)} error={errors.basis} placeholder="e.g. Customer asked by phone on 24 Nov to be forgotten" maxLength={LIMITS.reason} />
      <TextField label="Type ERASE to confirm" autoComplete="off" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
    </DialogForm>
  )
}

/** What the erasure did and what is left, read before the owner moves on. */
function ErasedSummary({ name, result, onDone }: { name: string; result: ErasureResult; onDone: () => void }) {
  return (
    <Dialog title={`${name} is erased`} onClose={onDone} size="lg">
      <div className="stack">
        <div className="alert alert-success" role="status">
          <Icon name="check" size={16} />
          <div className="alert-body">{result.message}</div>
        </div>
        {result.exports_left.length > 0 ? (
          <div className="alert alert-warning">
            <div className="alert-body stack">
              <p>These files may still hold their details. Parlour could not clean them:</p>
              <ul className="plain-list">
                {result.exports_left.map((left) => (
                  <li key={left.file}>
                    <code className="path">{left.file}</code> {left.reason}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <p className="muted">Copies you made yourself (files sent on, a backup saved to another drive) are not Parlour’s to reach: delete those yourself.</p>
        <div className="dialog-actions">
          <Button variant="primary" onClick={onDone} autoFocus>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  )
}
