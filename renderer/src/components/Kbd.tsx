import type { ReactNode } from 'react'

/** A shortcut hint. Hidden from screen readers: the control carries aria-keyshortcuts instead. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  )
}
