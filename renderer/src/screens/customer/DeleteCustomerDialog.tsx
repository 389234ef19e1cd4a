import { useState } from 'react'
import type { CustomerDetail } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { FormError } from '../../components/Form'
import { useToast } from '../../components/toasts'
import { navigate } from '../../router/hash-router'

/** Owner only: a soft delete, with an undo in the toast and a restore in Admin. */
export function DeleteCustomerDialog({ customer, onClose }: { customer: CustomerDetail; onClose: () => void }) {
  const notify = useToast()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function remove() {
    setBusy(true)
    const result = await pos('customers.delete', { id: customer.id })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onClose()
    navigate('/counter')
    notify({
      tone: 'info',
      message: `${customer.full_name} was deleted. Their bills are kept.`,
      action: {
        label: 'Undo',
        run: () =>
          void pos('customers.restore', { id: customer.id }).then((restored) => {
            if (restored.ok) {
              navigate(`/customers/${customer.id}`)
              notify({ tone: 'success', message: `${restored.value.full_name} was restored.` })
            } else notify({ tone: 'error', message: restored.error.message })
          }),
      },
    })
  }

  return (
    <Dialog title={`Delete ${customer.full_name}?`} description="They disappear from search and lists. Their bills stay in the books. The owner can restore them from Admin → Deleted customers." onClose={onClose}>
      <FormError message={error} />
      <div className="dialog-actions">
        <Button onClick={onClose} autoFocus>
          Keep
        </Button>
        <Button variant="danger" busy={busy} onClick={() => void remove()}>
          Delete customer
        </Button>
      </div>
    </Dialog>
  )
}
