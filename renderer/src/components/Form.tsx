import type { FormEvent, ReactNode } from 'react'
import type { ApiError } from '../api/contract'
import { Button } from './Button'
import { Dialog } from './Dialog'

/** What a form shows for a refusal: field errors beside their fields, otherwise the message above the form (`form`). */
export function formErrors(error: ApiError): Record<string, string | undefined> {
  return error.fields ? { ...error.fields } : { form: error.message }
}

/** The form's own error (not a field's), announced when it appears. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <div className="alert alert-error" role="alert">
      {message}
    </div>
  )
}

/**
 * A dialog that is one form: its error, its fields, then Cancel and the submit button.
 * Enter (or Ctrl+Enter) submits; `onSubmit` runs without the page reloading, and a refusal puts
 * the focus on the first field in error (components/form-keys.ts).
 */
export function DialogForm({
  title,
  description,
  size,
  onClose,
  onSubmit,
  error,
  submitLabel,
  variant = 'primary',
  busy = false,
  disabled = false,
  cancelLabel = 'Cancel',
  children,
}: {
  title: string
  description?: ReactNode
  size?: 'md' | 'lg'
  onClose: () => void
  onSubmit: () => void | Promise<void>
  error?: string | null | undefined
  submitLabel: ReactNode
  variant?: 'primary' | 'danger'
  busy?: boolean
  disabled?: boolean
  cancelLabel?: string
  children: ReactNode
}) {
  function submit(event: FormEvent) {
    event.preventDefault()
    void onSubmit()
  }
  return (
    <Dialog title={title} description={description} onClose={onClose} size={size}>
      <form onSubmit={submit} noValidate className="stack">
        <FormError message={error} />
        {children}
        <div className="dialog-actions">
          <Button onClick={onClose}>{cancelLabel}</Button>
          <Button type="submit" variant={variant} busy={busy} disabled={disabled}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
