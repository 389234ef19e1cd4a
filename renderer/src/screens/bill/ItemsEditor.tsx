import type { KeyboardEvent } from 'react'
import { Button } from '../../components/Button'
import { Icon } from '../../components/Icon'
import type { MenuItem, StylistOption } from '../../api/contract'
import { Money } from '../../components/bits'
import { paiseToInput, parseRupees } from '../../format/money'
import { useShortcut } from '../../session/shortcuts'
import { emptyItem, ITEM_NAME_LIMIT, type ItemDraft, type ItemProblems } from './bill-draft'
import { MenuNameInput } from './MenuNameInput'
import { taxLabel } from './menu-filter'

export const SERVICE_SUGGESTIONS = ['Haircut', 'Hair colour', 'Hair spa', 'Blow-dry', 'Keratin treatment', 'Facial', 'Clean-up', 'Threading', 'Waxing', 'Manicure', 'Pedicure', 'Beard trim', 'Head massage', 'Bridal makeup']

type Props = {
  items: ItemDraft[]
  onChange: (items: ItemDraft[]) => void
  problems: Map<number, ItemProblems>
  /** Errors the core reported, on the rows they belong to (by row key). */
  coreErrors: Map<number, ItemProblems>
  /** The active menu (empty: the salon has none yet, and a list of common services is suggested instead). */
  menu: readonly MenuItem[]
  stylists: readonly StylistOption[]
  /** The stylist a new service line names (the visit's, on a bill started from one); null: none. */
  defaultStylistId?: string | null
}

/**
 * The bill's lines: name (picked from the menu, or typed as a custom line), stylist (services),
 * price in rupees, quantity; Enter on the last quantity (or Alt+I) adds a line.
 */
export function ItemsEditor({ items, onChange, problems, coreErrors, menu, stylists, defaultStylistId = null }: Props) {
  const menuById = new Map(menu.map((item) => [item.id, item]))
  const pick = (key: number, item: MenuItem) => {
    const current = items.find((line) => line.key === key)
    onChange(items.map((line) => (line.key === key ? { ...line, name: item.name, price: paiseToInput(item.price), menuItemId: item.id, stylistId: item.kind === 'service' ? (line.stylistId ?? defaultStylistId) : null } : line)))
    // Next: who did the service, or how many of the product.
    requestAnimationFrame(() => document.getElementById(item.kind === 'service' && current ? `item-stylist-${key}` : `item-qty-${key}`)?.focus())
  }
  const update = (key: number, patch: Partial<ItemDraft>) => onChange(items.map((item) => (item.key === key ? { ...item, ...patch } : item)))
  const remove = (key: number) => onChange(items.length > 1 ? items.filter((item) => item.key !== key) : [emptyItem(defaultStylistId)])
  const add = () => {
    const item = emptyItem(defaultStylistId)
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
            <th scope="col" className="col-stylist">
              Stylist
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
            const stylistError = problem.stylist ?? core.stylist
            const fromMenu = item.menuItemId ? menuById.get(item.menuItemId) : undefined
            const priceFixed = fromMenu !== undefined && !fromMenu.price_editable
            return (
              <tr key={item.key}>
                <td>
                  {menu.length > 0 ? (
                    <MenuNameInput
                      id={`item-name-${item.key}`}
                      className="input"
                      aria-label={`Item ${index + 1} name`}
                      value={item.name}
                      menu={menu}
                      maxLength={ITEM_NAME_LIMIT}
                      autoFocus={index === 0 && items.length === 1}
                      onType={(name) => update(item.key, { name, menuItemId: null })}
                      onPick={(picked) => pick(item.key, picked)}
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? `item-name-error-${item.key}` : fromMenu ? `item-menu-${item.key}` : undefined}
                      autoComplete="off"
                      placeholder="Type to pick from the menu"
                    />
                  ) : (
                    <input id={`item-name-${item.key}`} className="input" aria-label={`Item ${index + 1} name`} list="service-suggestions" value={item.name} maxLength={ITEM_NAME_LIMIT} autoFocus={index === 0 && items.length === 1} onChange={(event) => update(item.key, { name: event.target.value })} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `item-name-error-${item.key}` : undefined} autoComplete="off" placeholder="e.g. Haircut" />
                  )}
                  {fromMenu && !nameError ? (
                    <div className="field-hint" id={`item-menu-${item.key}`}>
                      {taxLabel(fromMenu)}
                      {priceFixed ? ' · menu price' : ''}
                    </div>
                  ) : null}
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
                <td className="col-stylist">
                  {fromMenu?.kind === 'product' ? (
                    <span className="muted">—</span>
                  ) : (
                    <select id={`item-stylist-${item.key}`} className="input" aria-label={`Item ${index + 1} stylist`} value={item.stylistId ?? ''} onChange={(event) => update(item.key, { stylistId: event.target.value || null })} aria-invalid={stylistError ? true : undefined} aria-describedby={stylistError ? `item-stylist-error-${item.key}` : undefined}>
                      <option value="">—</option>
                      {stylists.map((stylist) => (
                        <option key={stylist.id} value={stylist.id}>
                          {stylist.name}
                        </option>
                      ))}
                    </select>
                  )}
                  {stylistError ? (
                    <div className="field-error" id={`item-stylist-error-${item.key}`}>
                      {stylistError}
                    </div>
                  ) : null}
                </td>
                <td>
                  <input className="input input-money" aria-label={`Item ${index + 1} price in rupees`} inputMode="decimal" readOnly={priceFixed} title={priceFixed ? 'The owner has fixed this price on the menu.' : undefined} value={item.price} onChange={(event) => update(item.key, { price: event.target.value })} aria-invalid={priceError ? true : undefined} aria-describedby={priceError ? `item-price-error-${item.key}` : undefined} autoComplete="off" placeholder="0.00" />
                  {priceError ? (
                    <div className="field-error" id={`item-price-error-${item.key}`}>
                      {priceError}
                    </div>
                  ) : null}
                </td>
                <td>
                  <input id={`item-qty-${item.key}`} className="input input-qty" aria-label={`Item ${index + 1} quantity`} type="number" min={1} max={99} value={item.quantity} onChange={(event) => update(item.key, { quantity: event.target.value })} onKeyDown={(event) => onQuantityKey(event, index)} aria-invalid={quantityError ? true : undefined} aria-describedby={quantityError ? `item-qty-error-${item.key}` : undefined} />
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
