import type { KeyboardEvent } from 'react'
import { Button } from '../../components/Button'
import { Icon } from '../../components/Icon'
import { Money } from '../../components/bits'
import { parseRupees } from '../../format/money'
import { useShortcut } from '../../session/shortcuts'
import { emptyItem, ITEM_NAME_LIMIT, type ItemDraft, type ItemProblems } from './bill-draft'

export const SERVICE_SUGGESTIONS = ['Haircut', 'Hair colour', 'Hair spa', 'Blow-dry', 'Keratin treatment', 'Facial', 'Clean-up', 'Threading', 'Waxing', 'Manicure', 'Pedicure', 'Beard trim', 'Head massage', 'Bridal makeup']

type Props = {
  items: ItemDraft[]
  onChange: (items: ItemDraft[]) => void
  problems: Map<number, ItemProblems>
  /** Errors the core reported, on the rows they belong to (by row key). */
  coreErrors: Map<number, ItemProblems>
}

/** The bill's lines: name, price in rupees, quantity; Enter on the last quantity (or Alt+I) adds a line. */
export function ItemsEditor({ items, onChange, problems, coreErrors }: Props) {
  const update = (key: number, patch: Partial<ItemDraft>) => onChange(items.map((item) => (item.key === key ? { ...item, ...patch } : item)))
  const remove = (key: number) => onChange(items.length > 1 ? items.filter((item) => item.key !== key) : [emptyItem()])
  const add = () => {
    const item = emptyItem()
    onChange([...items, item])
    requestAnimationFrame(() => document.getElementById(`item-name-${item.key}`)?.focus())
  }
  useShortcut('Alt+I', add)

  const onQuantityKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === 'Enter' && !event.ctrlKey && index === items.length - 1) {
      event.preventDefault()
      add()
    }
  }

  return (
    <div className="items-editor">
      <table className="items-table">
        <thead>
          <tr>
            <th scope="col" className="col-name">
              Item
            </th>
            <th scope="col" className="col-price">
              Price (₹)
            </th>
            <th scope="col" className="col-qty">
              Qty
            </th>
            <th scope="col" className="col-amount">
              Amount
            </th>
            <th scope="col" className="col-remove">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const problem = problems.get(item.key) ?? {}
            const price = parseRupees(item.price)
            const quantity = Number(item.quantity)
            const core = coreErrors.get(item.key) ?? {}
            const nameError = problem.name ?? core.name
            const priceError = problem.price ?? core.price
            const quantityError = problem.quantity ?? core.quantity
            return (
              <tr key={item.key}>
                <td>
                  <input id={`item-name-${item.key}`} className="input" aria-label={`Item ${index + 1} name`} list="service-suggestions" value={item.name} maxLength={ITEM_NAME_LIMIT} autoFocus={index === 0 && items.length === 1} onChange={(event) => update(item.key, { name: event.target.value })} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `item-name-error-${item.key}` : undefined} autoComplete="off" placeholder="e.g. Haircut" />
                  {nameError ? (
                    <div className="field-error" id={`item-name-error-${item.key}`}>
                      {nameError}
                    </div>
                  ) : item.name.length >= ITEM_NAME_LIMIT ? (
                    <div className="field-hint" role="status">
                      {ITEM_NAME_LIMIT} characters: the most a line can hold.
                    </div>
                  ) : null}
                </td>
                <td>
                  <input className="input input-money" aria-label={`Item ${index + 1} price in rupees`} inputMode="decimal" value={item.price} onChange={(event) => update(item.key, { price: event.target.value })} aria-invalid={priceError ? true : undefined} aria-describedby={priceError ? `item-price-error-${item.key}` : undefined} autoComplete="off" placeholder="0.00" />
                  {priceError ? (
                    <div className="field-error" id={`item-price-error-${item.key}`}>
                      {priceError}
                    </div>
                  ) : null}
                </td>
                <td>
                  <input className="input input-qty" aria-label={`Item ${index + 1} quantity`} type="number" min={1} max={99} value={item.quantity} onChange={(event) => update(item.key, { quantity: event.target.value })} onKeyDown={(event) => onQuantityKey(event, index)} aria-invalid={quantityError ? true : undefined} aria-describedby={quantityError ? `item-qty-error-${item.key}` : undefined} />
                  {quantityError ? (
                    <div className="field-error" id={`item-qty-error-${item.key}`}>
                      {quantityError}
                    </div>
                  ) : null}
                </td>
                <td className="col-amount">{price.ok && Number.isInteger(quantity) && quantity > 0 ? <Money paise={price.paise * quantity} /> : <span className="muted">—</span>}</td>
                <td className="col-remove">
                  <button type="button" className="icon-button" aria-label={`Remove item ${index + 1}`} onClick={() => remove(item.key)}>
                    <Icon name="x" size={16} />
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <datalist id="service-suggestions">
        {SERVICE_SUGGESTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Button size="sm" onClick={add} shortcut="Alt+I" icon={<Icon name="plus" size={14} />}>
        Add item
      </Button>
    </div>
  )
}
