import { useState } from 'react'
import type { Reminder, ReminderList } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { PageHeader } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatPhone } from '../../format/phone'
import { formatTime, formatWeekdayDate } from '../../format/time'
import { dayFirst } from './book-time'
import { REMINDER_SHARE_ACTIONS } from './reminder-share'

/** Tomorrow's bookings, to call or message: each with its phone and a reminder ready to copy. */
export function RemindersScreen() {
  const list = useQuery<ReminderList>(() => pos('appointments.reminders', {}), [])
  return (
    <div className="page page-reminders">
      <PageHeader
        title="Tomorrow’s reminders"
        subtitle={list.status === 'ok' ? `${formatWeekdayDate(list.value.date)} · ${dayFirst(list.value.date)} · ${list.value.reminders.length} to remind` : undefined}
        back={{ href: '#/book', label: 'Appointment book' }}
        actions={list.status === 'ok' ? <ButtonLink size="sm" href={`#/book?date=${list.value.date}`} icon={<Icon name="calendar" size={16} />}>Open the day</ButtonLink> : null}
      />
      <QueryView query={list} isEmpty={(value) => value.reminders.length === 0} empty={<Empty title="No bookings tomorrow.">Bookings made for tomorrow appear here to remind.</Empty>} loadingLabel="Loading tomorrow’s bookings…">
        {(value) => (
          <ul className="reminder-list">
            {value.reminders.map((reminder) => (
              <ReminderRow key={reminder.visit.id} reminder={reminder} />
            ))}
          </ul>
        )}
      </QueryView>
    </div>
  )
}

function ReminderRow({ reminder }: { reminder: Reminder }) {
  const notify = useToast()
  const [copied, setCopied] = useState(false)
  const { visit } = reminder
  async function copy() {
    try {
      await navigator.clipboard.writeText(reminder.text)
      setCopied(true)
      notify({ tone: 'success', message: `Reminder for ${reminder.first_name} copied.` })
    } catch {
      notify({ tone: 'error', message: 'Could not copy: select the text and copy it by hand.' })
    }
  }
  return (
    <li className="reminder-row" aria-label={`${reminder.first_name}, ${formatTime(visit.scheduled_at)}`}>
      <div className="reminder-head">
        <strong>{formatTime(visit.scheduled_at)}</strong>
        <span>{visit.customer_name}</span>
        <span className="muted">{reminder.phone ? formatPhone(reminder.phone) : 'No phone given'}</span>
        <span className="muted">
          {visit.service ?? '—'} · {visit.duration_minutes ?? 30} min · {visit.stylist_name ?? 'Anyone free'}
        </span>
      </div>
      <p className="reminder-text">{reminder.text}</p>
      <div className="reminder-actions">
        <Button size="sm" variant={copied ? 'secondary' : 'primary'} onClick={() => void copy()} icon={<Icon name={copied ? 'check' : 'edit'} size={16} />} aria-label={`Copy reminder for ${reminder.first_name}`}>
          {copied ? 'Copied' : 'Copy text'}
        </Button>
        {REMINDER_SHARE_ACTIONS.filter((action) => action.available(reminder)).map((action) => (
          <Button key={action.label} size="sm" onClick={() => void action.send(reminder)}>
            {action.label}
          </Button>
        ))}
      </div>
    </li>
  )
}
