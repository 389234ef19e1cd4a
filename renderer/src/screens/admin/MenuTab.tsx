import { useState } from 'react'
import type { Input, MenuItem, MenuItemKind } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Badge, Money, Panel } from '../../components/bits'
import { CheckboxField, SelectField, TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { paiseToInput, parseRupees } from '../../format/money'
import { LIMITS, SERVICE_SAC_CODES } from '../../../../vocabulary'
import { taxLabel } from '../bill/menu-filter'

const SAC_LABEL: Record<(typeof SERVICE_SAC_CODES)[number], string> = {
  '999721': '999721 · Hairdressing and barbers',
  '999722': '999722 · Cosmetic and beauty treatment',
  '999729': '999729 · Other beauty and well-being',
}
const PRODUCT_RATES = [0, 500, 1200, 1800, 2800]

type Editing = { kind: MenuItemKind; item: MenuItem | null }

/**
 * The owner's menu: services and retail products the counter bills from. A new price applies to
 * bills from now on (posted bills keep theirs); items are retired, never deleted.
 */
export function MenuTab() {
  const [showRetired, setShowRetired] = useState(false)
  const menu = useQuery(() => pos('menu.list', { include_retired: true }), [])
  const [editing, setEditing] = useState<Editing | null>(null)
  const notify = useToast()

  const replace = (next: MenuItem) => {
    if (menu.status !== 'ok') return
    const known = menu.value.some((item) => item.id === next.id)
    menu.set(known ? menu.value.map((item) => (item.id === next.id ? next : item)) : [...menu.value, next].sort((a, b) => a.name.localeCompare(b.name)))
  }

  async function setActive(item: MenuItem, active: boolean) {
    const result = await pos('menu.update', { id: item.id, active })
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    replace(result.value)
    notify({ tone: 'success', message: active ? `${item.name} is back on the menu.` : `${item.name} is retired: past bills keep it.` })
  }

  return (
    <div className="admin-menu">
      <Panel
        title="Menu"
        actions={
          <>
            <CheckboxField label="Show retired" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
            <Button size="sm" onClick={() => setEditing({ kind: 'service', item: null })} icon={<Icon name="plus" size={14} />}>
              Add service
            </Button>
            <Button size="sm" onClick={() => setEditing({ kind: 'product', item: null })} icon={<Icon name="plus" size={14} />}>
              Add product
            </Button>
          </>
        }
      >
        <QueryView query={menu} isEmpty={(list) => list.length === 0} empty={<Empty title="The menu is empty.">Add the services you offer and the products you sell: the counter picks them by typing two or three letters.</Empty>}>
          {(list) => {
            const shown = list.filter((item) => showRetired || item.active)
            return (
              <table className="table menu-table">
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Category</th>
                    <th scope="col">Tax</th>
                    <th scope="col" className="num">
                      Usual time
                    </th>
                    <th scope="col" className="num">
                      Price
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((item) => (
                    <tr key={item.id} className={item.active ? undefined : 'row-retired'}>
                      <td>
                        <span className="strong">{item.name}</span> {item.kind === 'product' ? <Badge tone="info">Product</Badge> : null} {item.active ? null : <Badge>Retired</Badge>}
                      </td>
                      <td>{item.category ?? <span className="muted">—</span>}</td>
                      <td className="small">{taxLabel(item)}</td>
                      <td className="num">{item.duration_minutes ? `${item.duration_minutes} min` : <span className="muted">—</span>}</td>
                      <td className="num">
                        <Money paise={item.price} />
                        {item.price_editable ? null : <div className="muted small">fixed</div>}
                      </td>
                      <td className="row-actions">
                        <Button size="sm" variant="ghost" onClick={() => setEditing({ kind: item.kind, item })} aria-label={`Edit ${item.name}`}>
                          Edit
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => void setActive(item, !item.active)} aria-label={`${item.active ? 'Retire' : 'Bring back'} ${item.name}`}>
                          {item.active ? 'Retire' : 'Bring back'}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }}
        </QueryView>
      </Panel>
      {editing ? (
        <MenuItemDialog
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={(item) => {
            replace(item)
            setEditing(null)
            notify({ tone: 'success', message: editing.item ? `${item.name} saved. New bills use it; past bills keep theirs.` : `${item.name} added to the menu.` })
          }}
        />
      ) : null}
    </div>
  )
}

function MenuItemDialog({ editing, onClose, onSaved }: { editing: Editing; onClose: () => void; onSaved: (item: MenuItem) => void }) {
  const { kind, item } = editing
  const [name, setName] = useState(item?.name ?? '')
  const [category, setCategory] = useState(item?.category ?? '')
  const [price, setPrice] = useState(item ? paiseToInput(item.price) : '')
  const [duration, setDuration] = useState(item?.duration_minutes ? String(item.duration_minutes) : kind === 'service' ? '30' : '')
  const [sac, setSac] = useState(item?.kind === 'service' ? item.tax_code : '999721')
  const [hsn, setHsn] = useState(item?.kind === 'product' ? item.tax_code : '')
  const [rate, setRate] = useState(item?.gst_rate_bp ?? 1800)
  const [editable, setEditable] = useState(item?.price_editable ?? kind === 'service')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    const paise = parseRupees(price)
    if (!paise.ok) return setErrors({ price: paise.message })
    const minutes = Number(duration)
    if (kind === 'service' && (!Number.isInteger(minutes) || duration.trim() === '')) return setErrors({ duration_minutes: 'Whole minutes, like 45.' })
    const fields = {
      name: name.trim(),
      category: category.trim() === '' ? null : category.trim(),
      price: paise.paise,
      tax_code: kind === 'service' ? sac : hsn.trim(),
      price_editable: editable,
      ...(kind === 'service' ? { duration_minutes: minutes } : { gst_rate_bp: rate }),
    }
    setBusy(true)
    const result = item ? await pos('menu.update', { id: item.id, ...fields }) : await pos('menu.create', { kind, ...fields } satisfies Input<'menu.create'>)
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    onSaved(result.value)
  }

  const what = kind === 'service' ? 'service' : 'product'
  return (
    <DialogForm title={item ? `Edit ${item.name}` : `Add a ${what}`} description={item ? 'A new price applies from the next bill; bills already posted keep what they charged.' : undefined} onClose={onClose} onSubmit={submit} busy={busy} error={errors.form} submitLabel={item ? 'Save' : `Add ${what}`}>
      <TextField label="Name" autoFocus value={name} maxLength={LIMITS.itemName} onChange={(event) => setName(event.target.value)} error={errors.name} autoComplete="off" />
      <div className="grid-2">
        <TextField label="Category (optional)" value={category} maxLength={LIMITS.menuCategory} onChange={(event) => setCategory(event.target.value)} error={errors.category} autoComplete="off" placeholder={kind === 'service' ? 'e.g. Hair, Skin, Nails' : 'e.g. Retail'} />
        <TextField label="Price (₹)" inputMode="decimal" value={price} onChange={(event) => setPrice(event.target.value)} error={errors.price} autoComplete="off" />
      </div>
      {kind === 'service' ? (
        <div className="grid-2">
          <SelectField label="SAC code" value={sac} onChange={(event) => setSac(event.target.value)} error={errors.tax_code}>
            {SERVICE_SAC_CODES.map((code) => (
              <option key={code} value={code}>
                {SAC_LABEL[code]}
              </option>
            ))}
          </SelectField>
          <TextField label="Usual time (minutes)" type="number" min={5} max={600} value={duration} onChange={(event) => setDuration(event.target.value)} error={errors.duration_minutes} />
        </div>
      ) : (
        <div className="grid-2">
          <TextField label="HSN code" inputMode="numeric" value={hsn} maxLength={8} onChange={(event) => setHsn(event.target.value)} error={errors.tax_code} hint="4, 6 or 8 digits" autoComplete="off" />
          <SelectField label="GST rate" value={rate} onChange={(event) => setRate(Number(event.target.value))} error={errors.gst_rate_bp}>
            {PRODUCT_RATES.map((bp) => (
              <option key={bp} value={bp}>
                {bp / 100}%
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <CheckboxField label="The counter may change the price on a bill" checked={editable} onChange={(event) => setEditable(event.target.checked)} hint={editable ? 'For prices that vary (hair length, a regular’s rate).' : 'Bills charge the menu price and nothing else.'} />
    </DialogForm>
  )
}
