import { useState } from 'react'
import type { Stylist, Visit, VisitStatus } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { StatusChip } from '../../components/bits'
import { DateField } from '../../components/DateField'
import { Dialog } from '../../components/Dialog'
import { SelectField, TextField } from '../../components/Field'
import { FormError } from '../../components/Form'
import { formatTime, zonedIso } from '../../format/time'
import { useSession } from '../../session/session-context'
import { DURATIONS, durationLabel } from './BookingDialog'
import { dayFirst } from './book-time'
import { awaitsArrival } from '../../../../vocabulary'

/**
 * One booking, opened from the book: mark them arrived (they join the queue), a no-show, cancel,
 * or move it to another time, length or stylist (checked again by the core).
 */
export function BookingActionsDialog({ booking, stylists, onClose, onChanged }: { booking: Visit; stylists: Stylist[]; onClose: () => void; onChanged: (message: string) => void }) {
  const { settings } = useSession()
  const date = (booking.scheduled_at ?? '').slice(0, 10)
  const [moveDate, setMoveDate] = useState(date)
  const [time, setTime] = useState((booking.scheduled_at ?? '').slice(11, 16))
  const [duration, setDuration] = useState(booking.duration_minutes ?? 30)
  const [stylist, setStylist] = useState(booking.stylist_id ?? '')
  const [error, setError] = useState<string | null>(null)
  const [warning, setWarning] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const first = booking.customer_name.split(' ')[0] ?? booking.customer_name
  const open = awaitsArrival(booking.status)

  async function setStatus(status: VisitStatus, done: string) {
    setBusy(status)
    setError(null)
    const result = await pos('queue.setStatus', { ticket_number: booking.ticket_number, status })
    setBusy(null)
    if (result.ok) onChanged(done)
    else setError(result.error.message)
  }

  async function move() {
    setBusy('move')
    setError(null)
    const result = await pos('appointments.move', {
      id: booking.id,
      scheduled_at: zonedIso(moveDate, time, settings.time_zone),
      duration_minutes: duration,
      stylist_id: stylist || null,
      ...(warning ? { outside_hours_ok: true } : {}),
    })
    setBusy(null)
    if (result.ok) return onChanged(`${first}’s booking moved to ${dayFirst(moveDate)} ${formatTime(result.value.scheduled_at)}.`)
    if (result.error.fields?.outside_hours) return setWarning(result.error.fields.outside_hours)
    setError(result.error.fields?.scheduled_at ?? result.error.message)
  }

  return (
    <Dialog title={`${booking.customer_name} · ${formatTime(booking.scheduled_at)}`} onClose={onClose} size="lg">
      <div className="stack">
        <p className="book-detail">
          <StatusChip status={booking.status} /> {booking.service ?? 'Service not given'} · {durationLabel(booking.duration_minutes ?? 30)} · {booking.stylist_name ?? 'Anyone free'} · <span className="mono">{booking.ticket_number}</span>
        </p>
        <FormError message={error} />
        {open ? (
          <>
            <div className="book-actions">
              <Button variant="primary" busy={busy === 'checked_in'} disabled={busy !== null} onClick={() => void setStatus('checked_in', `${first} arrived: in the queue.`)}>
                Arrived
              </Button>
              <Button busy={busy === 'no_show'} disabled={busy !== null} onClick={() => void setStatus('no_show', `${first}: marked a no-show.`)}>
                No-show
              </Button>
              <Button variant="danger" busy={busy === 'cancelled'} disabled={busy !== null} onClick={() => void setStatus('cancelled', `${first}’s booking cancelled.`)}>
                Cancel booking
              </Button>
            </div>
            <fieldset className="book-move">
              <legend>Move</legend>
              {warning ? (
                <div className="alert alert-warning" role="alert">
                  {warning}
                </div>
              ) : null}
              <div className="grid-4">
                <DateField label="Date" value={moveDate} onChange={(iso) => { setMoveDate(iso); setWarning(null) }} />
                <TextField label="Time" type="time" step={900} value={time} onChange={(event) => { setTime(event.target.value); setWarning(null) }} />
                <SelectField label="Duration" value={duration} onChange={(event) => setDuration(Number(event.target.value))}>
                  {DURATIONS.map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {durationLabel(minutes)}
                    </option>
                  ))}
                </SelectField>
                <SelectField label="Stylist" value={stylist} onChange={(event) => setStylist(event.target.value)}>
                  <option value="">Anyone free</option>
                  {stylists.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </SelectField>
              </div>
              <div>
                <Button busy={busy === 'move'} disabled={busy !== null} onClick={() => void move()}>
                  {warning ? 'Move anyway' : 'Move booking'}
                </Button>
              </div>
            </fieldset>
          </>
        ) : (
          <p className="muted">This booking is {booking.status.replace('_', ' ')}: nothing more to do here.</p>
        )}
      </div>
    </Dialog>
  )
}
