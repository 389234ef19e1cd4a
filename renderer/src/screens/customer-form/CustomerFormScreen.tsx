import { useEffect, useState, type FormEvent } from 'react'
import type { CustomerDetail, Input } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { PageHeader, Panel } from '../../components/bits'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { CharCount, overLimitMessage } from '../../components/CharCount'
import { Dialog } from '../../components/Dialog'
import { DraftNotice } from '../../drafts/DraftNotice'
import { useDraft } from '../../drafts/drafts-context'
import { NOTES_LIMIT } from '../customer/NotesEditor'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { DateField } from '../../components/DateField'
import { formatPhone } from '../../format/phone'
import { navigate } from '../../router/hash-router'
import { useShortcut } from '../../session/shortcuts'
import { ConflictNotice } from './ConflictNotice'

type Values = { first_name: string; last_name: string; phone: string; email: string; date_of_birth: string; gender: string; notes: string }
type FieldName = keyof Values

const GENDERS = ['Female', 'Male', 'Non-binary', 'Prefer not to say']

const valuesOf = (customer: CustomerDetail): Values => ({
  first_name: customer.first_name,
  last_name: customer.last_name ?? '',
  phone: customer.phone ? formatPhone(customer.phone) : '',
  email: customer.email ?? '',
  date_of_birth: customer.date_of_birth ?? '',
  gender: customer.gender ?? '',
  notes: customer.notes ?? '',
})

/** New customer, or edit one (`id`). */
export function CustomerFormScreen({ id, phone = '', name = '' }: { id?: string; phone?: string; name?: string }) {
  if (!id) return <CustomerForm initial={{ ...EMPTY, first_name: name, phone }} />
  return <EditCustomer id={id} />
}

const EMPTY: Values = { first_name: '', last_name: '', phone: '', email: '', date_of_birth: '', gender: '', notes: '' }
const FIELDS = Object.keys(EMPTY) as FieldName[]

function EditCustomer({ id }: { id: string }) {
  const customer = useQuery(() => pos('customers.get', { id }), [id])
  return <QueryPage query={customer}>{(value) => <CustomerForm existing={value} initial={valuesOf(value)} />}</QueryPage>
}

/** A stored draft of this form, if it still has the form's shape. */
function readValues(body: unknown): Values | null {
  if (typeof body !== 'object' || body === null) return null
  const record = body as Record<string, unknown>
  return FIELDS.every((key) => typeof record[key] === 'string') ? (Object.fromEntries(FIELDS.map((key) => [key, record[key]])) as Values) : null
}

const sameValues = (a: Values, b: Values) => FIELDS.every((key) => a[key] === b[key])

function CustomerForm({ existing, initial }: { existing?: CustomerDetail; initial: Values }) {
  const notify = useToast()
  const draftKey = existing ? `customer:${existing.id}:edit` : 'customer:new'
  const draft = useDraft<Values>(draftKey, { label: existing ? `Changes to ${existing.full_name}` : 'New customer', href: existing ? `#/customers/${existing.id}/edit` : '#/customers/new', customerId: existing?.id }, readValues)
  // Coming back to a form left half done: what was typed, not the blank (or prefilled) form.
  const [values, setValues] = useState<Values>(() => draft.restored?.body ?? initial)
  const [restoredAt, setRestoredAt] = useState(draft.restored ? draft.restored.updatedAt ?? '' : null)
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'form', string>>>({})
  const [conflict, setConflict] = useState<{ customer_id: string; deleted: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const [leaving, setLeaving] = useState(false)
  const cancelTo = existing ? `/customers/${existing.id}` : '/counter'
  const dirty = !sameValues(values, initial)
  // A prefill from the counter ("?name=Anita") that the restored draft set aside.
  const setAside = draft.restored && !existing && (initial.first_name || initial.phone) && !sameValues(draft.restored.body, initial) ? initial : null

  // Every change is kept as a draft until the customer is saved or the form discarded on purpose.
  const keep = draft.keep
  useEffect(() => {
    keep(dirty ? values : null)
    // `keep` is stable in effect (it writes through the shell's draft store).
  }, [values, dirty])

  // Escape (or Cancel) on a form with something typed asks first; an untouched form just closes.
  const cancel = () => (dirty ? setLeaving(true) : navigate(cancelTo))
  useShortcut('Escape', cancel)

  async function discardAndLeave() {
    await draft.discard()
    navigate(cancelTo)
  }

  async function startOver(with_: Values) {
    await draft.discard()
    setValues(with_)
    setRestoredAt(null)
    setErrors({})
  }

  const field = (name: FieldName) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }))
      if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }))
      if (name === 'phone') setConflict(null)
    },
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setConflict(null)
    await draft.flush()
    const result = existing ? await pos('customers.update', { ...changesFrom(existing, initial, values), draft_key: draftKey }) : await pos('customers.create', { ...createInput(values), draft_key: draftKey })
    setBusy(false)
    if (result.ok) {
      draft.forget()
      notify({ tone: 'success', message: existing ? 'Changes saved.' : `${result.value.full_name} was added.` })
      navigate(`/customers/${result.value.id}`, { replace: !existing })
      return
    }
    const { error } = result
    setErrors(formErrors(error))
    if (error.conflict) setConflict(error.conflict)
  }

  const genders = values.gender && !GENDERS.includes(values.gender) ? [values.gender, ...GENDERS] : GENDERS

  return (
    <div className="page page-form">
      <PageHeader back={{ href: `#${cancelTo}`, label: existing ? existing.full_name : 'Counter' }} title={existing ? `Edit ${existing.full_name}` : 'New customer'} />
      {restoredAt !== null ? (
        <DraftNotice
          what={existing ? 'the changes you were making' : 'the customer you were adding'}
          at={restoredAt}
          actions={
            setAside ? (
              <Button size="sm" onClick={() => void startOver(setAside)}>
                Start over with “{setAside.first_name || setAside.phone}”
              </Button>
            ) : (
              <Button size="sm" onClick={() => void startOver(initial)}>
                Discard and start over
              </Button>
            )
          }
        />
      ) : null}
      <Panel className="form-panel">
        <form onSubmit={submit} noValidate className="customer-form">
          <FormError message={errors.form} />
          {conflict ? <ConflictNotice conflict={conflict} /> : null}
          <div className="grid-2">
            <TextField label="First name" autoFocus={!values.first_name} autoComplete="off" {...field('first_name')} />
            <TextField label="Last name" autoComplete="off" {...field('last_name')} />
          </div>
          <div className="grid-2">
            <TextField label="Phone" type="tel" autoFocus={Boolean(values.first_name) && !values.phone} autoComplete="off" hint="10-digit mobile, or an international number starting with +" {...field('phone')} />
            <TextField label="Email (optional)" type="email" autoComplete="off" {...field('email')} />
          </div>
          <div className="grid-2">
            <DateField label="Birthday (optional)" hint="dd/mm/yyyy" value={values.date_of_birth} error={errors.date_of_birth} onChange={(iso) => field('date_of_birth').onChange({ target: { value: iso } })} />
            <SelectField label="Gender (optional)" {...field('gender')}>
              <option value="">Not given</option>
              {genders.map((gender) => (
                <option key={gender} value={gender}>
                  {gender}
                </option>
              ))}
            </SelectField>
          </div>
          {existing ? null : (
            <TextAreaField label="Notes (optional)" rows={3} placeholder="Preferences, allergies, the stylist they like…" {...field('notes')} error={errors.notes ?? (values.notes.length > NOTES_LIMIT ? overLimitMessage('Notes', values.notes.length, NOTES_LIMIT) : undefined)} hint={<CharCount id="new-customer-notes-count" length={values.notes.length} limit={NOTES_LIMIT} />} />
          )}
          <div className="form-actions">
            <Button onClick={cancel} shortcut="Esc">
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={busy} shortcut="Enter">
              {existing ? 'Save changes' : 'Add customer'}
            </Button>
          </div>
        </form>
      </Panel>
      {leaving ? (
        <Dialog title={existing ? 'Discard your changes?' : 'Discard this new customer?'} description="What you typed in this form will be thrown away." onClose={() => setLeaving(false)}>
          <div className="dialog-actions">
            <Button onClick={() => setLeaving(false)}>Keep editing</Button>
            <Button variant="danger" onClick={() => void discardAndLeave()}>
              Discard
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  )
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim())

function createInput(values: Values): Input<'customers.create'> {
  const optional = (key: 'last_name' | 'email' | 'date_of_birth' | 'gender' | 'notes') => {
    const value = key === 'notes' ? (values.notes.trim() === '' ? undefined : values.notes) : blankToUndefined(values[key])
    return value === undefined ? {} : { [key]: value }
  }
  return {
    first_name: values.first_name.trim(),
    phone: values.phone.trim(),
    ...optional('last_name'),
    ...optional('email'),
    ...optional('date_of_birth'),
    ...optional('gender'),
    ...optional('notes'),
  }
}

/** Only what changed: absent = unchanged, null = cleared (API.md). */
function changesFrom(existing: CustomerDetail, initial: Values, values: Values): Input<'customers.update'> {
  const input: Input<'customers.update'> = { id: existing.id }
  if (values.first_name !== initial.first_name) input.first_name = values.first_name.trim()
  if (values.phone !== initial.phone) input.phone = values.phone.trim()
  for (const key of ['last_name', 'email', 'date_of_birth', 'gender'] as const) {
    if (values[key] !== initial[key]) input[key] = blankToUndefined(values[key]) ?? null
  }
  return input
}
