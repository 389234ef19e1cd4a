import { useState } from 'react'
import type { Visit } from '../../api/contract'
import { pos } from '../../api/pos'
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (!date || !time) return setErrors({ scheduled_at: 'Choose a date and a time.' })
    setBusy(true)
    const trimmed = service.trim()
    const result = await pos('appointments.create', { customer_id: customer.id, scheduled_at: zonedIso(date, time, settings.time_zone), duration_minutes: duration, ...(trimmed ? { service: trimmed } : {}) })
    setBusy(false)
    if (result.ok) onBooked(result.value)
    else setErrors(formErrors(result.error))
  }

  return (
    <DialogForm title={`Book an appointment for ${customer.name}`} onClose={onClose} onSubmit={submit} error={errors.form} busy={busy} submitLabel="Book">
      <div className="grid-2">
        <TextField label="Date" type="date" autoFocus value={date} min={today} onChange={(event) => setDate(event.target.value)} error={errors.scheduled_at} />
        <TextField label="Time" type="time" step={900} value={time} onChange={(event) => setTime(event.target.value)} />
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
    </DialogForm>
  )
}
