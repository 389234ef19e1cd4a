import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react'
import type { MenuItem } from '../../api/contract'
import { Money } from '../../components/bits'
import { matchMenu, taxLabel } from './menu-filter'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  id: string
  value: string
  menu: readonly MenuItem[]
  onType: (text: string) => void
  onPick: (item: MenuItem) => void
}

/**
 * An item's name with the menu under it (an ARIA combobox): type two or three letters, ArrowDown
 * and ArrowUp move through the matches, Enter takes one, Escape closes the list. Whatever is typed
 * without picking stays a custom line.
 */
export function MenuNameInput({ id, value, menu, onType, onPick, ...input }: Props) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const options = open ? matchMenu(menu, value) : []
  const listId = `${id}-menu`
  const shown = options.length > 0

  const pick = (item: MenuItem) => {
    setOpen(false)
    setActive(-1)
    onPick(item)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const matches = matchMenu(menu, value)
      if (matches.length === 0) return
      event.preventDefault()
      setOpen(true)
      setActive((current) => (event.key === 'ArrowDown' ? Math.min(current + 1, matches.length - 1) : Math.max(current - 1, 0)))
    } else if (event.key === 'Enter' && !event.ctrlKey && shown && active >= 0) {
      const item = options[active]
      if (!item) return
      // Taken here: the form's Enter (move to the next field) leaves a handled key alone.
      event.preventDefault()
      pick(item)
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="menu-combo">
      <input
        {...input}
        id={id}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onType(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown ? (
        <ul className="menu-options" role="listbox" id={listId} aria-label="Menu">
          {options.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="menu-option"
              // Before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(item)
              }}
            >
              <span className="menu-option-name">{item.name}</span>
              <span className="menu-option-meta muted small">
                {item.category ? `${item.category} · ` : ''}
                {taxLabel(item)}
              </span>
              <Money paise={item.price} className="menu-option-price" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
