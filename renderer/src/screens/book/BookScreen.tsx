import { useState } from 'react'
import type { AppointmentBook, Visit } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePolling } from '../../api/use-polling'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { PageHeader } from '../../components/bits'
import { DateInput } from '../../components/DateField'
import { Icon } from '../../components/Icon'
import { QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatWeekdayDate } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useSalonToday } from '../../session/session-context'
import { BookingActionsDialog } from './BookingActionsDialog'
import { BookingDialog } from './BookingDialog'
import { addDays, dayFirst, mondayOf } from './book-time'
import { DayGrid } from './DayGrid'
import { WeekView } from './WeekView'

const REFRESH_MS = 30_000

type View = 'day' | 'week'
export type SlotPick = { date: string; time: string; stylistId: string | null }

/** The appointment book: a day with a column per stylist, or a week; book from a slot, open a booking to act on it. */
export function BookScreen({ date: asked, view }: { date: string | null; view: View }) {
  const today = useSalonToday()
  const date = asked ?? today
  const from = view === 'week' ? mondayOf(date) : date
  const notify = useToast()
  const book = useQuery<AppointmentBook>(() => pos('appointments.book', { from, days: view === 'week' ? 7 : 1 }), [from, view])
  usePolling(book.reload, REFRESH_MS)
  const [slot, setSlot] = useState<SlotPick | null>(null)
  const [open, setOpen] = useState<Visit | null>(null)
  const go = (next: string, nextView: View = view) => navigate(`/book?date=${next}${nextView === 'week' ? '&view=week' : ''}`)
  const step = view === 'week' ? 7 : 1
  const stylists = book.status === 'ok' ? book.value.stylists : []

  return (
    <div className="page page-book">
      <PageHeader
        title="Appointment book"
        subtitle={view === 'week' ? `Week of ${formatWeekdayDate(from)} · ${dayFirst(from)} to ${dayFirst(addDays(from, 6))}` : `${formatWeekdayDate(date)} · ${dayFirst(date)}${date === today ? ' · today' : ''}`}
        actions={
          <div className="book-toolbar">
            <Button size="sm" variant="ghost" aria-label={view === 'week' ? 'Previous week' : 'Previous day'} onClick={() => go(addDays(date, -step))} icon={<Icon name="back" size={16} />}>
              {''}
            </Button>
            <DateInput aria-label="Go to date" value={date} onChange={(iso) => iso && go(iso)} />
            <Button size="sm" variant="ghost" aria-label={view === 'week' ? 'Next week' : 'Next day'} onClick={() => go(addDays(date, step))} icon={<Icon name="chevron" size={16} />}>
              {''}
            </Button>
            <Button size="sm" onClick={() => go(today)} disabled={date === today}>
              Today
            </Button>
            <div className="segmented" role="group" aria-label="View">
              <Button size="sm" variant={view === 'day' ? 'primary' : 'secondary'} aria-pressed={view === 'day'} onClick={() => go(date, 'day')}>
                Day
              </Button>
              <Button size="sm" variant={view === 'week' ? 'primary' : 'secondary'} aria-pressed={view === 'week'} onClick={() => go(date, 'week')}>
                Week
              </Button>
            </div>
            <ButtonLink size="sm" href="#/book/reminders" icon={<Icon name="phone" size={16} />}>
              Tomorrow’s reminders
            </ButtonLink>
          </div>
        }
      />
      <QueryView query={book} loadingLabel="Loading the book…">
        {(value) =>
          view === 'week' ? (
            <WeekView book={value} onOpenDay={(day) => go(day, 'day')} onOpen={setOpen} />
          ) : (
            <DayGrid book={value} onPick={setSlot} onOpen={setOpen} />
          )
        }
      </QueryView>
      {slot ? (
        <BookingDialog
          {...slot}
          stylists={stylists}
          onClose={() => setSlot(null)}
          onBooked={(visit) => {
            setSlot(null)
            notify({ tone: 'success', message: `Booked ${visit.customer_name.split(' ')[0]} at ${visit.scheduled_at?.slice(11, 16)}${visit.stylist_name ? ` with ${visit.stylist_name}` : ''}.` })
            book.reload()
          }}
        />
      ) : null}
      {open ? (
        <BookingActionsDialog
          booking={open}
          stylists={stylists}
          onClose={() => setOpen(null)}
          onChanged={(message) => {
            setOpen(null)
            notify({ tone: 'success', message })
            book.reload()
          }}
        />
      ) : null}
    </div>
  )
}
