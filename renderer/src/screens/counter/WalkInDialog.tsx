import { useState } from 'react'
import type { Visit } from '../../api/contract'
import { pos } from '../../api/pos'
import { TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'

/** Adds a walk-in to today's queue, for a registered customer or just a name. */
export function WalkInDialog({ customer, onClose, onAdded }: { customer?: { id: string; name: string }; onClose: () => void; onAdded: (visit: Visit) => void }) {
  const [name, setName] = useState('')
  const [service, setService] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    setBusy(true)
    const trimmed = service.trim()
    const result = await pos('walkins.create', { ...(customer ? { customer_id: customer.id } : { customer_name: name.trim() }), ...(trimmed ? { service: trimmed } : {}) })
    setBusy(false)
    if (result.ok) onAdded(result.value)
    else setErrors(formErrors(result.error))
  }

  return (
    <DialogForm title={customer ? `Add ${customer.name} to the queue` : 'Add a walk-in'} onClose={onClose} onSubmit={submit} error={errors.form} busy={busy} submitLabel="Add to queue">
      {customer ? null : <TextField label="Name" autoFocus value={name} onChange={(event) => setName(event.target.value)} error={errors.customer_name} autoComplete="off" />}
      <TextField label="Service (optional)" autoFocus={Boolean(customer)} value={service} onChange={(event) => setService(event.target.value)} error={errors.service} placeholder="e.g. Haircut, Threading" autoComplete="off" />
    </DialogForm>
  )
}
