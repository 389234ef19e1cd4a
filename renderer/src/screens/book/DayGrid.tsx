import { useState, type KeyboardEvent } from 'react'
import type { AppointmentBook, Visit } from '../../api/contract'
import { StatusChip } from '../../components/bits'
import { formatTime } from '../../format/time'
import type { SlotPick } from './BookScreen'
import { STATUS_WORD, bookingHoldsTime, clockLabel, gridRange, hhmmOf, ROW_MINUTES, SLOT_MINUTES, startMinute } from './book-time'

/** The day's columns: each stylist, then bookings for nobody in particular. */
type Column = { id: string | null; name: string }

/**
 * A day of the book: a column per stylist, a row per quarter hour. Empty half hours are buttons
 * ("Book Kavya at 10:30 am"); the arrow keys move between them (one tab stop for the whole grid)
 * and Enter books. Bookings sit over their time and open their actions.
 */
export function DayGrid({ book, onPick, onOpen }: { book: AppointmentBook; onPick: (slot: SlotPick) => void; onOpen: (booking: Visit) => void }) {
  const day = book.days[0]
  const [active, setActive] = useState<{ col: number; slot: number }>({ col: 0, slot: 0 })
  if (!day) return null
  const columns: Column[] = [...book.stylists.map((s) => ({ id: s.id, name: s.name })), { id: null, name: 'Anyone free' }]
  const { from, to } = gridRange(day)
  const slots = Array.from({ length: (to - from) / SLOT_MINUTES }, (_, index) => from + index * SLOT_MINUTES)
  const nowMinute = day.date === book.today ? Number(book.now.slice(11, 13)) * 60 + Number(book.now.slice(14, 16)) : day.date < book.today ? 24 * 60 : -1
  const live = day.bookings.filter(bookingHoldsTime)
  const gone = day.bookings.filter((booking) => !bookingHoldsTime(booking))
  const rowOf = (minute: number) => 2 + Math.floor((minute - from) / ROW_MINUTES)
  const columnOf = (booking: Visit) => {
    const index = columns.findIndex((column) => column.id === booking.stylist_id)
    return index === -1 ? columns.length - 1 : index
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const next = { col: Math.max(0, Math.min(columns.length - 1, active.col + move[0])), slot: Math.max(0, Math.min(slots.length - 1, active.slot + move[1])) }
    setActive(next)
    event.currentTarget.querySelector<HTMLElement>(`[data-slot="${next.col}-${next.slot}"]`)?.focus()
  }

  return (
    <div className="stack">
      {day.hours === null ? <p className="alert alert-warning">The salon is closed on this day (opening hours). Bookings made anyway show here.</p> : null}
      <div
        className="book-grid"
        role="group"
        aria-label={`Bookings by stylist, ${day.hours ? `open ${day.hours[0]}–${day.hours[1]}` : 'closed'}`}
        style={{ gridTemplateColumns: `76px repeat(${columns.length}, minmax(0, 1fr))`, gridTemplateRows: `36px repeat(${(to - from) / ROW_MINUTES}, 15px)` }}
        onKeyDown={onKeyDown}
      >
        <div className="book-corner" />
        {columns.map((column, col) => (
          <div key={column.id ?? 'anyone'} className="book-col-head" style={{ gridColumn: col + 2, gridRow: 1 }} aria-hidden="true">
            {column.name}
            <span className="muted small"> {live.filter((b) => columnOf(b) === col).length || ''}</span>
          </div>
        ))}
        {slots.map((minute) => (
          <div key={minute} className="book-time" style={{ gridColumn: 1, gridRow: `${rowOf(minute)} / span 2` }}>
            {minute % 60 === 0 ? clockLabel(hhmmOf(minute)) : ''}
          </div>
        ))}
        {columns.map((column, col) =>
          slots.map((minute, index) => {
            const past = minute < nowMinute
            const closed = !day.hours || minute < Number(day.hours[0].slice(0, 2)) * 60 + Number(day.hours[0].slice(3)) || minute >= Number(day.hours[1].slice(0, 2)) * 60 + Number(day.hours[1].slice(3))
            const isActive = active.col === col && active.slot === index
            const label = `Book ${column.id ? column.name : 'anyone free'} at ${clockLabel(hhmmOf(minute))}`
            return (
              <button
                key={`${col}-${minute}`}
                type="button"
                className={`book-slot${past ? ' is-past' : ''}${closed ? ' is-closed' : ''}${minute % 60 === 0 ? ' on-hour' : ''}`}
                style={{ gridColumn: col + 2, gridRow: `${rowOf(minute)} / span 2` }}
                data-slot={`${col}-${index}`}
                tabIndex={isActive ? 0 : -1}
                aria-label={past ? `${label} (past)` : label}
                aria-disabled={past || undefined}
                onFocus={() => setActive({ col, slot: index })}
                onClick={() => (past ? undefined : onPick({ date: day.date, time: hhmmOf(minute), stylistId: column.id }))}
              />
            )
          }),
        )}
        {live.map((booking) => {
          const start = startMinute(booking)
          const minutes = booking.duration_minutes ?? 30
          return (
            <button
              key={booking.id}
              type="button"
              className={`book-booking status-${booking.status}${minutes <= 30 ? ' is-short' : ''}${minutes < 30 ? ' is-tiny' : ''}`}
              style={{ gridColumn: columnOf(booking) + 2, gridRow: `${rowOf(start)} / span ${Math.max(1, Math.ceil(minutes / ROW_MINUTES))}` }}
              onClick={() => onOpen(booking)}
              aria-label={`${booking.customer_name}, ${booking.service ?? 'service not given'}, ${formatTime(booking.scheduled_at)}, ${minutes} minutes, ${booking.stylist_name ?? 'anyone free'}, ${booking.status.replace('_', ' ')}`}
            >
              <span className="book-booking-time">
                {formatTime(booking.scheduled_at)}
                {minutes > 30 && !STATUS_WORD[booking.status] ? ` · ${minutes} min` : ''}
                {STATUS_WORD[booking.status] ? <span className="book-booking-status"> · {STATUS_WORD[booking.status]}</span> : null}
              </span>
              <span className="book-booking-name">{booking.customer_name}</span>
              {minutes >= 60 ? <span className="book-booking-service">{booking.service ?? '—'}</span> : null}
            </button>
          )
        })}
      </div>
      {gone.length > 0 ? (
        <section className="book-gone" aria-label="Cancelled and no-shows">
          <h2 className="h-sub">Cancelled and no-shows</h2>
          <ul>
            {gone.map((booking) => (
              <li key={booking.id}>
                {formatTime(booking.scheduled_at)} {booking.customer_name} · {booking.service ?? '—'} · {booking.stylist_name ?? 'Anyone free'} <StatusChip status={booking.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
