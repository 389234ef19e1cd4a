import { useEffect, useState } from 'react'
import type { Stylist, Visit } from '../../api/contract'
import { pos } from '../../api/pos'
import { DateField } from '../../components/DateField'
import { SelectField, TextField } from '../../components/Field'
import { DialogForm, formErrors } from '../../components/Form'
import { timeInZone, zonedIso } from '../../format/time'
import { useSalonToday, useSession } from '../../session/session-context'

const DURATIONS = [15, 30, 45, 60, 90, 120, 180]

/** The next half hour, as HH:MM, in the salon's zone. */
function nextHalfHour(timeZone: string): string {
  const [hours = 10, minutes = 0] = timeInZone(new Date(), timeZone).split(':').map(Number)
  const total = Math.min(hours * 60 + minutes + (30 - (minutes % 30)), 23 * 60 + 30)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** Books an appointment for a customer, at a wall-clock time in the salon's zone. */
export function AppointmentDialog({ customer, onClose, onBooked }: { customer: { id: string; name: string }; onClose: () => void; onBooked: (visit: Visit) => void }) {
  const { settings } = useSession()
  const today = useSalonToday()
  const [date, setDate] = useState(today)
  const [time, setTime] = useState(() => nextHalfHour(settings.time_zone))
  const [duration, setDuration] = useState(30)
  const [service, setService] = useState('')
  const [stylist, setStylist] = useState('')
  const [stylists, setStylists] = useState<Stylist[]>([])
  const [warning, setWarning] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  // The stylists are the book's columns.
  useEffect(() => {
    void pos('appointments.book', { days: 1 }).then((result) => result.ok && setStylists(result.value.stylists))
  }, [])

  async function submit() {
    if (!date || !time) return setErrors({ scheduled_at: 'Choose a date and a time.' })
    setBusy(true)
    const trimmed = service.trim()
    const result = await pos('appointments.create', {
      customer_id: customer.id,
      scheduled_at: zonedIso(date, time, settings.time_zone),
      duration_minutes: duration,
      ...(trimmed ? { service: trimmed } : {}),
      ...(stylist ? { stylist_id: stylist } : {}),
      ...(warning ? { outside_hours_ok: true } : {}),
    })
    setBusy(false)
    if (result.ok) return onBooked(result.value)
    // Outside opening hours: warned, then booked only with "Book anyway". A clash names the other booking.
    if (result.error.fields?.outside_hours) return setWarning(result.error.fields.outside_hours)
    setErrors(result.error.code === 'CONFLICT' ? { form: result.error.message } : formErrors(result.error))
  }

  return (
    <DialogForm title={`Book an appointment for ${customer.name}`} onClose={onClose} onSubmit={submit} error={errors.form} busy={busy} submitLabel={warning ? 'Book anyway' : 'Book'}>
      {warning ? (
        <div className="alert alert-warning" role="alert">
          {warning}
        </div>
      ) : null}
      <div className="grid-2">
        <DateField label="Date" autoFocus value={date} onChange={(iso) => { setDate(iso); setWarning(null) }} error={errors.scheduled_at} />
        <TextField label="Time" type="time" step={900} value={time} onChange={(event) => { setTime(event.target.value); setWarning(null) }} />
      </div>
      <div className="grid-2">
        <SelectField label="Duration" value={duration} onChange={(event) => setDuration(Number(event.target.value))} error={errors.duration_minutes}>
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour${minutes > 60 ? 's' : ''}`}
            </option>
          ))}
        </SelectField>
        <TextField label="Service (optional)" value={service} onChange={(event) => setService(event.target.value)} error={errors.service} placeholder="e.g. Hair colour" autoComplete="off" />
      </div>
      <SelectField label="Stylist" value={stylist} onChange={(event) => setStylist(event.target.value)} error={errors.stylist_id}>
        <option value="">Anyone free</option>
        {stylists.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </SelectField>
    </DialogForm>
  )
}
