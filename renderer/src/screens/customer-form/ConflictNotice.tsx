import { useState } from 'react'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { useToast } from '../../components/toasts'
import { navigate } from '../../router/hash-router'
import { useMayCall } from '../../session/session-context'

/** The phone belongs to someone: a link to them, or (deleted) a restore for the owner. */
export function ConflictNotice({ conflict }: { conflict: { customer_id: string; deleted: boolean } }) {
  return conflict.deleted ? <DeletedHolder customerId={conflict.customer_id} /> : <LiveHolder customerId={conflict.customer_id} />
}

function LiveHolder({ customerId }: { customerId: string }) {
  const holder = useQuery(() => pos('customers.get', { id: customerId }), [customerId])
  const name = holder.status === 'ok' ? holder.value.full_name : null
  return (
    <div className="alert alert-warning conflict" role="alert">
      <div>
        <strong>This phone number already belongs to {name ?? 'another customer'}.</strong> Open their record instead of creating a duplicate.
      </div>
      <ButtonLink href={`#/customers/${customerId}`} variant="primary" size="sm">
        Open {name ?? 'that customer'}
      </ButtonLink>
    </div>
  )
}

function DeletedHolder({ customerId }: { customerId: string }) {
  const mayRestore = useMayCall()('customers.restore')
  const notify = useToast()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function restore() {
    setBusy(true)
    const result = await pos('customers.restore', { id: customerId })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    notify({ tone: 'success', message: `${result.value.full_name} was restored.` })
    navigate(`/customers/${customerId}`)
  }

  return (
    <div className="alert alert-warning conflict" role="alert">
      <div>
        <strong>This phone number belongs to a deleted customer.</strong>{' '}
        {mayRestore ? 'Restore them to keep their history together.' : 'Ask the owner to restore them from Admin → Deleted customers.'}
        {error ? <div className="field-error">{error}</div> : null}
      </div>
      {mayRestore ? (
        <Button variant="primary" size="sm" busy={busy} onClick={() => void restore()}>
          Restore that customer
        </Button>
      ) : null}
    </div>
  )
}
