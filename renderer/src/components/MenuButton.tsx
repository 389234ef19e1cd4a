import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { Icon } from './Icon'

export type MenuItem = { label: string; onSelect: () => void; tone?: 'danger'; hint?: string }

/**
 * A button that opens a short menu (less-used actions). Keyboard: Enter/Space/ArrowDown open it,
 * arrows move, Enter picks, Escape closes and returns to the button.
 */
export function MenuButton({ label, items, icon }: { label: string; items: MenuItem[]; icon?: ReactNode }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLUListElement>(null)
  const id = useId()

  const focusItem = (index: number) => {
    const entries = menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')
    if (!entries || entries.length === 0) return
    entries[(index + entries.length) % entries.length]?.focus()
  }

  // Focus the first item as the menu appears (before the next key arrives), not a frame later.
  useLayoutEffect(() => {
    if (open) focusItem(0)
  }, [open])

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('pointerdown', onPointer)
    return () => window.removeEventListener('pointerdown', onPointer)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="menu-wrap">
      <button ref={button} type="button" className="btn btn-ghost btn-md" aria-haspopup="menu" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)} onKeyDown={(event) => event.key === 'ArrowDown' && (event.preventDefault(), setOpen(true))}>
        {icon ? <span className="btn-icon" aria-hidden="true">{icon}</span> : null}
        <span>{label}</span>
        <Icon name="chevron" size={14} />
      </button>
      {open ? (
        <ul
          ref={menu}
          id={id}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={(event) => {
            const entries = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
            const current = entries.indexOf(document.activeElement as HTMLButtonElement)
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault()
              focusItem(current + (event.key === 'ArrowDown' ? 1 : -1))
            } else if (event.key === 'Escape') {
              event.preventDefault()
              event.stopPropagation()
              close()
            } else if (event.key === 'Tab') setOpen(false)
          }}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                className={`menu-item ${item.tone === 'danger' ? 'is-danger' : ''}`}
                onClick={() => {
                  setOpen(false)
                  item.onSelect()
                }}
              >
                <span>{item.label}</span>
                {item.hint ? <span className="menu-hint">{item.hint}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
