import { useEffect, useId, useRef, type ReactNode } from 'react'

const FIELDS = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)'

function focusFirstControl(dialog: HTMLDialogElement): void {
  const body = dialog.querySelector('.dialog-body')
  const target = body?.querySelector<HTMLElement>(FIELDS) ?? body?.querySelector<HTMLElement>('button:not(:disabled), a[href]')
  target?.focus()
}

/**
 * A modal on the native <dialog>: focus moves to its first field, Escape closes it, the page behind is
 * inert. Mounted = open; the caller unmounts it to close.
 */
export function Dialog({ title, description, onClose, children, footer, size = 'md' }: { title: string; description?: ReactNode; onClose: () => void; children: ReactNode; footer?: ReactNode; size?: 'md' | 'lg' }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    // showModal focuses the first focusable element, the × in the header; the keyboard belongs
    // in the first field instead ("Kabir" typed after Alt+W is the walk-in's name), or on the
    // first button when the dialog only asks a question.
    focusFirstControl(dialog)
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
    }
  }, [])

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined}>
      <div className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {description ? (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      ) : null}
      <div className="dialog-body">{children}</div>
      {footer ? <div className="dialog-footer">{footer}</div> : null}
    </dialog>
  )
}
