import { useState, type FormEvent } from 'react'
import type { CustomerDetail, Input } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { PageHeader, Panel } from '../../components/bits'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatPhone } from '../../format/phone'
import { navigate } from '../../router/hash-router'
import { useSalonToday } from '../../session/session-context'
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
  if (!id) return <CustomerForm initial={{ first_name: name, last_name: '', phone, email: '', date_of_birth: '', gender: '', notes: '' }} />
  return <EditCustomer id={id} />
}

function EditCustomer({ id }: { id: string }) {
  const customer = useQuery(() => pos('customers.get', { id }), [id])
  return <QueryPage query={customer}>{(value) => <CustomerForm existing={value} initial={valuesOf(value)} />}</QueryPage>
}

function CustomerForm({ existing, initial }: { existing?: CustomerDetail; initial: Values }) {
  const notify = useToast()
  const today = useSalonToday()
  const [values, setValues] = useState<Values>(initial)
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'form', string>>>({})
  const [conflict, setConflict] = useState<{ customer_id: string; deleted: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const cancelTo = existing ? `/customers/${existing.id}` : '/counter'

  useShortcut('Escape', () => navigate(cancelTo))

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
    const result = existing ? await pos('customers.update', changesFrom(existing, initial, values)) : await pos('customers.create', createInput(values))
    setBusy(false)
    if (result.ok) {
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
      <Panel className="form-panel">
        <form onSubmit={submit} noValidate className="customer-form">
          <FormError message={errors.form} />
          {conflict ? <ConflictNotice conflict={conflict} /> : null}
          <div className="grid-2">
            <TextField label="First name" autoFocus={!initial.first_name} autoComplete="off" {...field('first_name')} />
            <TextField label="Last name" autoComplete="off" {...field('last_name')} />
          </div>
          <div className="grid-2">
            <TextField label="Phone" type="tel" autoFocus={Boolean(initial.first_name) && !initial.phone} autoComplete="off" hint="10-digit mobile, or an international number starting with +" {...field('phone')} />
            <TextField label="Email (optional)" type="email" autoComplete="off" {...field('email')} />
          </div>
          <div className="grid-2">
            <TextField label="Birthday (optional)" type="date" max={today} {...field('date_of_birth')} />
            <SelectField label="Gender (optional)" {...field('gender')}>
              <option value="">Not given</option>
              {genders.map((gender) => (
                <option key={gender} value={gender}>
                  {gender}
                </option>
              ))}
            </SelectField>
          </div>
          {existing ? null : <TextAreaField label="Notes (optional)" rows={3} placeholder="Preferences, allergies, the stylist they like…" {...field('notes')} />}
          <div className="form-actions">
            <Button onClick={() => navigate(cancelTo)} shortcut="Esc">
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={busy} shortcut="Enter">
              {existing ? 'Save changes' : 'Add customer'}
            </Button>
          </div>
        </form>
      </Panel>
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
