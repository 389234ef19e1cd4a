import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Ctrl+Enter submits the form the focus is in, on every form (Enter may move between fields or
 * add a line; Ctrl+Enter always means "done"). Installed once for the window.
 */
export function installCtrlEnterSubmits(): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
    const form = event.target instanceof Element ? event.target.closest('form') : null
    if (!form) return
    event.preventDefault()
    form.requestSubmit()
  })
}

/**
 * After a submission that left errors, the focus goes to the first field in error (in the
 * order of the page), so the next keys fix it instead of landing where the cursor was. Call
 * `attempted()` once each attempt is answered (refused by the screen or by the core); fields
 * mark themselves with aria-invalid.
 */
export function useFocusFirstError<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (attempt === 0) return
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [attempt])
  const attempted = useCallback(() => setAttempt((n) => n + 1), [])
  return { ref, attempted }
}
