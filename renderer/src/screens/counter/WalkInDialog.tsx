import { useState, type FormEvent } from 'react'
import type { Visit } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/Field'

/** Adds a walk-in to today's queue, for a registered customer or just a name. */
export function WalkInDialog({ customer, onClose, onAdded }: { customer?: { id: string; name: string }; onClose: () => void; onAdded: (visit: Visit) => void }) {
  const [name, setName] = useState('')
  const [service, setService] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const trimmed = service.trim()
    const result = await pos('walkins.create', { ...(customer ? { customer_id: customer.id } : { customer_name: name.trim() }), ...(trimmed ? { service: trimmed } : {}) })
    setBusy(false)
    if (result.ok) onAdded(result.value)
    else setErrors({ ...(result.error.fields ?? {}), ...(result.error.fields ? {} : { form: result.error.message }) })
  }

  return (
    <Dialog title={customer ? `Add ${customer.name} to the queue` : 'Add a walk-in'} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        {errors.form ? (
          <div className="alert alert-error" role="alert">
            {errors.form}
          </div>
        ) : null}
        {customer ? null : <TextField label="Name" autoFocus value={name} onChange={(event) => setName(event.target.value)} error={errors.customer_name} autoComplete="off" />}
        <TextField label="Service (optional)" autoFocus={Boolean(customer)} value={service} onChange={(event) => setService(event.target.value)} error={errors.service} placeholder="e.g. Haircut, Threading" autoComplete="off" />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            Add to queue
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
