import { useEffect, useId, useState } from 'react'
import type { CustomerSummary, MenuItem, Stylist, Visit } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { SelectField, TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'
import { MaskedPhone } from '../../components/MaskedPhone'
import { zonedIso } from '../../format/time'
import { useSession } from '../../session/session-context'
import { clockLabel, dayFirst } from './book-time'

export const DURATIONS = [15, 30, 45, 60, 90, 120, 180]
export const durationLabel = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour${minutes > 60 ? 's' : ''}`)

type Errors = Record<string, string | undefined>

/**
 * Books the slot picked in the book: a customer found by phone or name (or a new one), the
 * service and its length. A clash or a past time is refused by the core and said here; a time
 * outside opening hours is warned, and booked only with "Book anyway".
 */
export function BookingDialog({ date, time, stylistId, stylists, onClose, onBooked }: { date: string; time: string; stylistId: string | null; stylists: Stylist[]; onClose: () => void; onBooked: (visit: Visit) => void }) {
  const { settings } = useSession()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<CustomerSummary[]>([])
  // Why the last lookup found nothing to show, when the core said (a pause for searching too fast).
  const [lookupProblem, setLookupProblem] = useState<string | null>(null)
  const [customerId, setCustomerId] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const [first, setFirst] = useState('')
  const [last, setLast] = useState('')
  const [phone, setPhone] = useState('')
  const [service, setService] = useState('')
  const [duration, setDuration] = useState(30)
  // The service menu's services: typing one's name books it by its id, for its usual length.
  const [menu, setMenu] = useState<MenuItem[]>([])
  const menuListId = useId()
  useEffect(() => {
    void pos('menu.list', { kind: 'service' }).then((result) => result.ok && setMenu(result.value))
  }, [])
  const fromMenu = menu.find((item) => item.name.toLowerCase() === service.trim().toLowerCase()) ?? null
  function chooseService(name: string) {
    setService(name)
    const item = menu.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase())
    if (item?.duration_minutes) setDuration(item.duration_minutes)
  }
  const [slotTime, setSlotTime] = useState(time)
  const [stylist, setStylist] = useState(stylistId ?? '')
  const [errors, setErrors] = useState<Errors>({})
  const [warning, setWarning] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const text = query.trim()
    if (text.length < 2) return setFound([])
    let current = true
    // The core reads the query (a whole phone is looked up exactly; a name or the last 4 digits are searched).
    void pos('customers.search', { query: text, limit: 6 }).then((result) => {
      if (!current) return
      setFound(result.ok ? result.value : [])
      setLookupProblem(!result.ok && result.error.code === 'RATE_LIMITED' ? result.error.message : null)
    })
    return () => {
      current = false
    }
  }, [query])

  async function customerForBooking(): Promise<string | null> {
    if (!adding) {
      if (!customerId) setErrors({ customer: 'Find the customer by phone or name, or add a new one.' })
      return customerId
    }
    const created = await pos('customers.create', { first_name: first, ...(last.trim() ? { last_name: last } : {}), phone })
    if (created.ok) {
      setAdding(false)
      setCustomerId(created.value.id)
      setFound([created.value])
      return created.value.id
    }
    setErrors(formErrors(created.error))
    return null
  }

  async function submit() {
    setBusy(true)
    setErrors({})
    const id = await customerForBooking()
    if (!id) return setBusy(false)
    const trimmed = service.trim()
    const result = await pos('appointments.create', {
      customer_id: id,
      scheduled_at: zonedIso(date, slotTime, settings.time_zone),
      duration_minutes: duration,
      stylist_id: stylist || null,
      ...(trimmed ? { service: fromMenu?.name ?? trimmed } : {}),
      ...(fromMenu ? { service_id: fromMenu.id } : {}),
      ...(warning ? { outside_hours_ok: true } : {}),
    })
    setBusy(false)
    if (result.ok) return onBooked(result.value)
    if (result.error.fields?.outside_hours) return setWarning(result.error.fields.outside_hours)
    setErrors(result.error.code === 'CONFLICT' ? { form: result.error.message } : formErrors(result.error))
  }

  const stylistName = stylists.find((s) => s.id === stylist)?.name
  return (
    <DialogForm
      title={`Book ${dayFirst(date)} at ${clockLabel(slotTime)}${stylistName ? ` with ${stylistName}` : ''}`}
      onClose={onClose}
      onSubmit={submit}
      error={errors.form ?? errors.scheduled_at}
      busy={busy}
      submitLabel={warning ? 'Book anyway' : 'Book'}
      size="lg"
    >
      {warning ? (
        <div className="alert alert-warning" role="alert">
          {warning}
        </div>
      ) : null}
      {adding ? (
        <fieldset className="book-new-customer">
          <legend>New customer</legend>
          <div className="grid-3">
            <TextField label="First name" autoFocus value={first} onChange={(event) => setFirst(event.target.value)} error={errors.first_name} autoComplete="off" />
            <TextField label="Last name (optional)" value={last} onChange={(event) => setLast(event.target.value)} error={errors.last_name} autoComplete="off" />
            <TextField label="Phone" inputMode="tel" value={phone} onChange={(event) => setPhone(event.target.value)} error={errors.phone} autoComplete="off" />
          </div>
          <Button variant="ghost" size="sm" onClick={() => setAdding(false)}>
            Find an existing customer instead
          </Button>
        </fieldset>
      ) : (
        <div className="stack-sm">
          <TextField label="Customer (phone, last 4 digits or name)" value={query} onChange={(event) => setQuery(event.target.value)} error={errors.customer} autoComplete="off" placeholder="e.g. 98765 43210 or Priya" />
          {found.length > 0 ? (
            <fieldset className="book-found">
              <legend className="visually-hidden">Customers found</legend>
              {found.map((customer) => (
                <label key={customer.id} className={`book-found-row${customerId === customer.id ? ' is-picked' : ''}`}>
                  <input type="radio" name="book-customer" checked={customerId === customer.id} onChange={() => setCustomerId(customer.id)} />
                  <span className="book-found-name">{customer.full_name}</span>
                  {customer.phone_masked ? <MaskedPhone masked={customer.phone_masked} className="muted" /> : null}
                </label>
              ))}
            </fieldset>
          ) : query.trim().length >= 2 ? (
            <p className="muted small" role="status">
              {lookupProblem ?? 'No customer found.'}
            </p>
          ) : null}
          <div>
            <Button variant="ghost" size="sm" onClick={() => setAdding(true)}>
              New customer
            </Button>
          </div>
        </div>
      )}
      <div className="grid-2">
        <TextField label="Service" value={service} onChange={(event) => chooseService(event.target.value)} error={errors.service} placeholder="e.g. Haircut" autoComplete="off" list={menuListId} hint={fromMenu ? 'From the menu' : undefined} />
        <datalist id={menuListId}>
          {menu.map((item) => (
            <option key={item.id} value={item.name} />
          ))}
        </datalist>
        <SelectField label="Duration" value={duration} onChange={(event) => setDuration(Number(event.target.value))} error={errors.duration_minutes}>
          {[...new Set([...DURATIONS, duration])].sort((a, b) => a - b).map((minutes) => (
            <option key={minutes} value={minutes}>
              {durationLabel(minutes)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid-2">
        <TextField label="Time" type="time" step={900} value={slotTime} onChange={(event) => { setSlotTime(event.target.value); setWarning(null) }} />
        <SelectField label="Stylist" value={stylist} onChange={(event) => setStylist(event.target.value)} error={errors.stylist_id}>
          <option value="">Anyone free</option>
          {stylists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
    </DialogForm>
  )
}
