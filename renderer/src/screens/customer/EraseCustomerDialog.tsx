import { useState } from 'react'
import type { CustomerDetail } from '../../api/contract'
import { pos } from '../../api/pos'
import { TextAreaField, TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'
import { useToast } from '../../components/toasts'
import { navigate } from '../../router/hash-router'

/**
 * Owner only: the right to be forgotten (DPDP Act). The personal details go for good; bills stay
 * for the tax records, under "Erased customer". Typed confirmation, and the reason on the record.
 */
export function EraseCustomerDialog({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }) {
  const notify = useToast()
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
    onClose()
    navigate('/counter')
    notify({ tone: 'success', message: 'The customer’s personal details were erased. Their bills stay for the tax records.' })
  }

  return (
    <DialogForm
      title={`Erase ${customer.full_name} for good?`}
      description="Their name, phone, email, birthday, notes and gender are removed and cannot be restored, not even from a backup. Bills and visits stay, under “Erased customer”, because tax law requires them."
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
      <TextAreaField label="Why (kept on the record)" autoFocus rows={2} value={basis} onChange={(event) => setBasis(event.target.value)} error={errors.basis} placeholder="e.g. Customer asked by phone on 24 Nov to be forgotten" maxLength={200} />
      <TextField label="Type ERASE to confirm" autoComplete="off" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
    </DialogForm>
  )
}
