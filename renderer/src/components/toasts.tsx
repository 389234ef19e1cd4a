import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'

export type Toast = {
  id: number
  message: string
  tone: 'success' | 'error' | 'info'
  action?: { label: string; run: () => void }
}

type Notify = (toast: Omit<Toast, 'id'>) => void

const ToastContext = createContext<Notify>(() => undefined)

export const useToast = () => useContext(ToastContext)

/** How long a toast stays: confirmations briefly, errors and offers (an Undo) long enough to read and act on. */
const SHOW_MS = { success: 3500, info: 5000, error: 8000, action: 10000 } as const

/**
 * Feedback for every action: a polite live region at the top centre, clear of titles, their actions and forms' buttons.
 * One confirmation at a time (a new one replaces the last), at most two toasts in all; a toast
 * stays while the pointer or the keyboard is on it; clicks pass through the space around it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const timers = useRef(new Map<number, number>())

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id))
    const timer = timers.current.get(id)
    if (timer !== undefined) window.clearTimeout(timer)
    timers.current.delete(id)
  }, [])

  const schedule = useCallback(
    (toast: Toast) => {
      const existing = timers.current.get(toast.id)
      if (existing !== undefined) window.clearTimeout(existing)
      timers.current.set(
        toast.id,
        window.setTimeout(() => dismiss(toast.id), toast.action ? SHOW_MS.action : SHOW_MS[toast.tone]),
      )
    },
    [dismiss],
  )

  const notify = useCallback<Notify>(
    (toast) => {
      const next = { ...toast, id: nextId.current++ }
      setToasts((list) => {
        // A new confirmation replaces an older one; errors and offers stay until read.
        const kept = next.tone === 'success' ? list.filter((shown) => shown.tone !== 'success' || shown.action) : list
        return [...kept.slice(-1), next]
      })
      schedule(next)
    },
    [schedule],
  )

  // Toasts replaced by newer ones take their timers with them.
  useEffect(() => {
    for (const [id, timer] of timers.current) {
      if (toasts.some((toast) => toast.id === id)) continue
      window.clearTimeout(timer)
      timers.current.delete(id)
    }
  }, [toasts])

  /** The pointer or the keyboard is on a toast: it waits; when they leave, its time starts again. */
  const hold = (id: number) => {
    const timer = timers.current.get(id)
    if (timer !== undefined) window.clearTimeout(timer)
    timers.current.delete(id)
  }

  useEffect(() => {
    const pending = timers.current
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer)
    }
  }, [])

  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            onMouseEnter={() => hold(toast.id)}
            onMouseLeave={() => schedule(toast)}
            onFocus={() => hold(toast.id)}
            onBlur={() => schedule(toast)}
          >
            <span className="toast-message">{toast.message}</span>
            {toast.action ? (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action?.run()
                  dismiss(toast.id)
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}
