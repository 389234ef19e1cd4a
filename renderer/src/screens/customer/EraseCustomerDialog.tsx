import { useState, type FormEvent } from 'react'
import type { CustomerDetail } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { TextAreaField, TextField } from '../../components/Field'
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

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (confirm !== 'ERASE') return setErrors({ confirm: 'Type ERASE in capitals to confirm.' })
    setBusy(true)
    const result = await pos('customers.erase', { id: customer.id, confirm: 'ERASE', basis: basis.trim() })
    setBusy(false)
    if (!result.ok) return setErrors({ ...(result.error.fields ?? {}), form: result.error.fields ? undefined : result.error.message })
    onClose()
    navigate('/counter')
    notify({ tone: 'success', message: 'The customer’s personal details were erased. Their bills stay for the tax records.' })
  }

  return (
    <Dialog title={`Erase ${customer.full_name} for good?`} description="Their name, phone, email, birthday, notes and gender are removed and cannot be restored, not even from a backup. Bills and visits stay, under “Erased customer”, because tax law requires them." onClose={onClose} size="lg">
      <form className="stack" noValidate onSubmit={submit}>
        {errors.form ? (
          <div className="alert alert-error" role="alert">
            {errors.form}
          </div>
        ) : null}
        <TextAreaField label="Why (kept on the record)" autoFocus rows={2} value={basis} onChange={(event) => setBasis(event.target.value)} error={errors.basis} placeholder="e.g. Customer asked by phone on 24 Nov to be forgotten" maxLength={200} />
        <TextField label="Type ERASE to confirm" autoComplete="off" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Keep</Button>
          <Button type="submit" variant="danger" busy={busy} disabled={!basis.trim() || confirm !== 'ERASE'}>
            Erase for good
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
