import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'

/**
 * Keyboard shortcuts, so nothing at the counter needs a mouse. A combo is written as shown to
 * people ("Alt+N", "Ctrl+Enter", "Escape"). One key press runs one handler: a screen's own
 * shortcut always wins over the shell's (whatever order they were registered in), so the
 * counter can turn Alt+S into "focus the search" and a customer's page Alt+B into "bill for
 * this customer"; among screens' shortcuts, the one registered last wins.
 */

type Handler = (event: KeyboardEvent) => void
/** 'shell': the app-wide list (session/navigation.ts); 'screen': what the open screen adds. */
export type ShortcutLevel = 'shell' | 'screen'
type Entry = { handler: Handler; level: ShortcutLevel }
type Registry = Map<string, Entry[]>

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
      const entries = registry.get(comboOf(event)) ?? []
      const chosen = entries.findLast((entry) => entry.level === 'screen') ?? entries.findLast((entry) => entry.level === 'shell')
      if (!chosen) return
      event.preventDefault()
      chosen.handler(event)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
  return <ShortcutContext.Provider value={registry}>{children}</ShortcutContext.Provider>
}

/** Registers a shortcut while the component is mounted (and `enabled`). */
export function useShortcut(combo: string, handler: Handler, enabled = true, level: ShortcutLevel = 'screen'): void {
  const registry = useContext(ShortcutContext)
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => {
    if (!registry || !enabled) return
    const wrapped: Entry = { handler: (event) => latest.current(event), level }
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
  }, [registry, combo, enabled, level])
}
