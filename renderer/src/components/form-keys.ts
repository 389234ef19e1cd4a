/**
 * Two keyboard rules for every form in the app, installed once for the window (main.tsx), so a
 * form cannot forget them:
 *
 * - Ctrl+Enter submits the form the focus is in (Enter may move between fields or add a line;
 *   Ctrl+Enter always means "done").
 * - After a submission, the first field in error (aria-invalid, in the order of the page) gets
 *   the focus as soon as it shows, whether the screen refused it at once or the core refused it
 *   later, so the next keys fix it instead of landing where the cursor was. Following stops at
 *   the user's next key or click, so a late answer never pulls the cursor away from them.
 */
export function installFormKeys(): void {
  document.addEventListener('keydown', submitOnCtrlEnter)
  document.addEventListener('submit', followErrors, true)
}

function submitOnCtrlEnter(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
  const form = event.target instanceof Element ? event.target.closest('form') : null
  if (!form) return
  event.preventDefault()
  form.requestSubmit()
}

let stopFollowing: (() => void) | null = null

function followErrors(event: Event): void {
  const form = event.target
  if (!(form instanceof HTMLFormElement)) return
  stopFollowing?.()
  const focusFirstInvalid = () => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (invalid && document.activeElement !== invalid) invalid.focus()
  }
  const observer = new MutationObserver(focusFirstInvalid)
  observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid'] })
  const stop = () => {
    observer.disconnect()
    window.removeEventListener('keydown', stop, true)
    window.removeEventListener('pointerdown', stop, true)
    if (stopFollowing === stop) stopFollowing = null
  }
  // Registered while this key press is still being dispatched: it is the next one that stops it.
  window.addEventListener('keydown', stop, true)
  window.addEventListener('pointerdown', stop, true)
  stopFollowing = stop
  focusFirstInvalid()
}
