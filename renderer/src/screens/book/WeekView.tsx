import type { AppointmentBook, Visit } from '../../api/contract'
import { formatTime, formatWeekdayDate } from '../../format/time'
import { bookingHoldsTime, dayFirst, STATUS_WORD } from './book-time'

/** A week of the book: a column per day, its bookings in time order; a day's title opens that day. */
export function WeekView({ book, onOpenDay, onOpen }: { book: AppointmentBook; onOpenDay: (date: string) => void; onOpen: (booking: Visit) => void }) {
  return (
    <div className="book-week">
      {book.days.map((day) => {
        const live = day.bookings.filter(bookingHoldsTime)
        return (
          <section key={day.date} className={`book-week-day${day.date === book.today ? ' is-today' : ''}`} aria-label={`${formatWeekdayDate(day.date)}, ${live.length} bookings`}>
            <button type="button" className="book-week-head" onClick={() => onOpenDay(day.date)} aria-label={`Open ${formatWeekdayDate(day.date)} ${dayFirst(day.date)}`}>
              <span className="book-week-date">{formatWeekdayDate(day.date)}</span>
              <span className="muted small">{day.hours ? `Open ${day.hours[0]}–${day.hours[1]}` : 'Closed'}</span>
              <span className="muted small">{live.length === 1 ? '1 booking' : `${live.length} bookings`}</span>
            </button>
            <ul className="book-week-list">
              {day.bookings.map((booking) => (
                <li key={booking.id}>
                  <button type="button" className={`book-week-item status-${booking.status}`} onClick={() => onOpen(booking)}>
                    <span className="book-booking-time">
                      {formatTime(booking.scheduled_at)}
                      {STATUS_WORD[booking.status] ? <span className="book-booking-status"> · {STATUS_WORD[booking.status]}</span> : null}
                    </span>
                    <span className="book-booking-name">{booking.customer_name.split(' ')[0]}</span>
                    <span className="muted small">
                      {booking.service ?? '—'} · {booking.stylist_name?.split(' ')[0] ?? 'Anyone'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
