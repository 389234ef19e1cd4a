import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'

/**
 * Keyboard shortcuts, so nothing at the counter needs a mouse. A combo is written as shown to
 * people ("Alt+N", "Ctrl+Enter", "Escape"); the screen registered last wins, so a customer's
 * screen can turn Alt+B into "bill for this customer".
 */

type Handler = (event: KeyboardEvent) => void
type Registry = Map<string, Handler[]>

const ShortcutContext = createContext<Registry | null>(null)

/** "Alt+N" for a keydown, using the physical key for letters (Alt changes `key` on some layouts). */
export function comboOf(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  if (event.shiftKey && event.key.length > 1) parts.push('Shift')
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1]
  const digit = /^Digit(\d)$/.exec(event.code)?.[1]
  parts.push(letter ?? digit ?? (event.key.length === 1 ? event.key.toUpperCase() : event.key))
  return parts.join('+')
}

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const registry = useRef<Registry>(new Map()).current
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      // An open dialog owns the keyboard (Escape closes it, Enter submits it).
      if (document.querySelector('dialog[open]')) return
      const handlers = registry.get(comboOf(event))
      const handler = handlers?.[handlers.length - 1]
      if (!handler) return
      event.preventDefault()
      handler(event)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
  return <ShortcutContext.Provider value={registry}>{children}</ShortcutContext.Provider>
}

/** Registers a shortcut while the component is mounted (and `enabled`). */
export function useShortcut(combo: string, handler: Handler, enabled = true): void {
  const registry = useContext(ShortcutContext)
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => {
    if (!registry || !enabled) return
    const wrapped: Handler = (event) => latest.current(event)
    const list = registry.get(combo) ?? []
    list.push(wrapped)
    registry.set(combo, list)
    return () => {
      const current = registry.get(combo) ?? []
      registry.set(
        combo,
        current.filter((entry) => entry !== wrapped),
      )
    }
  }, [registry, combo, enabled])
}
