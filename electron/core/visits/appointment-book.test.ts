import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import { overlaps } from '../../../db/visits/booking-rules'

// Tuesday 24 Nov 2026, 09:30 in Kolkata; the salon opens 10:00–20:00 every day by default.
const START = '2026-11-24T04:00:00.000Z'
const at = (hhmm: string, day = '2026-11-24') => `${day}T${hhmm}:00+05:30`

async function book() {
  const opened = await openTestCore({ start: START })
  const users = await salonWithUsers(opened.core)
  const kavya = await must(users.owner, 'users.create', { name: 'Kavya Nair', role: 'staff', pin: '615243' })
  const priya = await must(users.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  const rahul = await must(users.receptionist, 'customers.create', { first_name: 'Rahul', last_name: 'Verma', phone: '9123456780' })
  const r = users.receptionist
  const create = (customerId: string, time: string, minutes = 30, stylist: string | null = kavya.id, extra: { outside_hours_ok?: boolean; day?: string } = {}) =>
    r.invoke('appointments.create', {
      customer_id: customerId,
      scheduled_at: at(time, extra.day),
      duration_minutes: minutes,
      stylist_id: stylist,
      service: 'Haircut',
      ...(extra.outside_hours_ok ? { outside_hours_ok: true } : {}),
    })
  return { ...opened, ...users, kavya, priya, rahul, create }
}

describe('clash rules: half-open intervals', () => {
  it('treats touching intervals as apart and any overlap as a clash', () => {
    const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
    expect(overlaps(m('10:00'), m('10:30'), m('10:30'), m('11:00'))).toBe(false)
    expect(overlaps(m('10:30'), m('11:00'), m('10:00'), m('10:30'))).toBe(false)
    expect(overlaps(m('10:00'), m('10:31'), m('10:30'), m('11:00'))).toBe(true)
    expect(overlaps(m('10:00'), m('12:00'), m('10:30'), m('11:00'))).toBe(true) // one inside the other
    expect(overlaps(m('10:30'), m('11:00'), m('10:00'), m('12:00'))).toBe(true)
    expect(overlaps(m('10:00'), m('10:30'), m('10:00'), m('10:30'))).toBe(true) // the same slot
  })
})

describe('the appointment book on a real database', () => {
  it('refuses a clash with CONFLICT naming the other booking’s time and first name; edges touch without clashing', async () => {
    const { core, priya, rahul, kavya, create, ids } = await book()
    expect(await create(priya.id, '10:00')).toMatchObject({ ok: true, value: { stylist_id: kavya.id, stylist_name: 'Kavya Nair', duration_minutes: 30, service: 'Haircut' } })
    // 10:30–11:00 touches 10:00–10:30: no clash. 09:30 is before opening: booked anyway once warned.
    expect(await create(rahul.id, '10:30')).toMatchObject({ ok: true })
    expect(await create(rahul.id, '09:30', 30, kavya.id, { outside_hours_ok: true })).toMatchObject({ ok: true })
    const clash = await create(rahul.id, '10:15', 30)
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Kavya Nair is already booked 10:00–10:30 with Priya (TKT-261124-001).' } })
    expect(JSON.stringify(clash)).not.toMatch(/Sharma|9876543210/)
    // A longer booking over both is refused on the first it meets; another stylist is free then.
    expect(await create(rahul.id, '10:20', 60)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await create(rahul.id, '10:15', 30, ids.staff)).toMatchObject({ ok: true })
    // No stylist named: nobody's time to clash with.
    expect(await create(rahul.id, '10:15', 30, null)).toMatchObject({ ok: true })
    await core.close()
  })

  it('frees the time of cancelled and no-show bookings', async () => {
    const { core, receptionist, priya, rahul, create } = await book()
    const first = await must(receptionist, 'appointments.create', { customer_id: priya.id, scheduled_at: at('11:00') })
    expect(first.duration_minutes).toBe(30) // the default length
    const cancelled = await create(priya.id, '12:00')
    const missed = await create(rahul.id, '13:00')
    if (!cancelled.ok || !missed.ok) throw new Error('booking failed')
    expect(await create(rahul.id, '12:00')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await must(receptionist, 'queue.setStatus', { ticket_number: cancelled.value.ticket_number, status: 'cancelled' })
    await must(receptionist, 'queue.setStatus', { ticket_number: missed.value.ticket_number, status: 'no_show' })
    expect(await create(rahul.id, '12:00')).toMatchObject({ ok: true })
    expect(await create(priya.id, '13:00')).toMatchObject({ ok: true })
    await core.close()
  })

  it('re-checks a move: clash with others, never with itself; another day takes that day’s ticket', async () => {
    const { core, receptionist, priya, rahul, create, kavya, ids } = await book()
    const a = await create(priya.id, '10:00')
    const b = await create(rahul.id, '11:00')
    if (!a.ok || !b.ok) throw new Error('booking failed')
    const move = (time: string, minutes = 30, stylist?: string | null, day?: string) =>
      receptionist.invoke('appointments.move', { id: b.value.id, scheduled_at: at(time, day), duration_minutes: minutes, ...(stylist === undefined ? {} : { stylist_id: stylist }) })
    expect(await move('10:15')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('10:00–10:30 with Priya') } })
    expect(await move('11:15', 45)).toMatchObject({ ok: true, value: { scheduled_at: at('11:15'), duration_minutes: 45, stylist_id: kavya.id, ticket_number: b.value.ticket_number } })
    expect(await move('10:15', 30, ids.staff)).toMatchObject({ ok: true, value: { stylist_name: 'Sarah' } })
    const tomorrow = await move('10:00', 30, kavya.id, '2026-11-25')
    expect(tomorrow).toMatchObject({ ok: true, value: { ticket_number: 'TKT-261125-001', scheduled_at: at('10:00', '2026-11-25') } })
    expect(await must(receptionist, 'appointments.list', { date: '2026-11-24' })).toHaveLength(1)
    // An arrived booking stays where it is.
    await must(receptionist, 'queue.setStatus', { ticket_number: a.value.ticket_number, status: 'checked_in' })
    expect(await receptionist.invoke('appointments.move', { id: a.value.id, scheduled_at: at('16:00'), duration_minutes: 30 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await receptionist.invoke('appointments.move', { id: '01ARZ3NDEKTSV4RRFFQ69G5FZZ', scheduled_at: at('16:00'), duration_minutes: 30 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await core.close()
  })

  it('refuses the past by the injected clock, to the minute', async () => {
    const { core, priya, create, clock, receptionist, ids } = await book()
    clock.set('2026-11-24T08:30:00.000Z') // 14:00 IST
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(await create(priya.id, '13:59')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { scheduled_at: 'That time has passed: it is 14:00 on 24/11/2026. Choose a later time.' } } })
    expect(await create(priya.id, '14:00')).toMatchObject({ ok: true })
    const later = await create(priya.id, '15:00')
    if (!later.ok) throw new Error('booking failed')
    expect(await receptionist.invoke('appointments.move', { id: later.value.id, scheduled_at: at('11:00'), duration_minutes: 30 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { scheduled_at: expect.stringContaining('has passed') } } })
    await core.close()
  })

  it('warns outside opening hours (a setting the owner edits) instead of booking silently', async () => {
    const { core, owner, priya, create, receptionist } = await book()
    expect(await create(priya.id, '19:45')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Outside opening hours: Tuesday 10:00–20:00.', fields: { outside_hours: expect.any(String) } } })
    expect(await create(priya.id, '19:30')).toMatchObject({ ok: true })
    const hours = [['10:00', '20:00'], null, ['10:00', '20:00'], ['10:00', '20:00'], ['10:00', '21:00'], ['09:00', '21:00'], ['09:00', '18:00']] as const
    expect(await receptionist.invoke('settings.update', { opening_hours: hours.map((day) => (day ? [...day] : null)) as never })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await owner.invoke('settings.update', { opening_hours: [['20:00', '10:00'], null, null, null, null, null, null] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await must(owner, 'settings.update', { opening_hours: hours.map((day) => (day ? [day[0], day[1]] : null)) })).opening_hours).toEqual(hours)
    expect(await create(priya.id, '11:00')).toMatchObject({ ok: false, error: { message: 'The salon is closed on Tuesdays.' } })
    expect(await create(priya.id, '11:00', 30, null, { outside_hours_ok: true })).toMatchObject({ ok: true })
    const book7 = await must(receptionist, 'appointments.book', { from: '2026-11-23', days: 7 })
    expect(book7.days.map((day) => day.hours)).toEqual(hours)
    await core.close()
  })

  it('shows a day with the stylists’ columns, and tomorrow’s reminders with a ready text and the phone', async () => {
    const { core, receptionist, priya, kavya, create, ids, staff, owner } = await book()
    await create(priya.id, '10:00', 45, kavya.id, { day: '2026-11-25' })
    await must(receptionist, 'appointments.create', { customer_name: 'Neha Gupta', customer_phone: '9988776655', scheduled_at: at('12:00', '2026-11-25'), stylist_id: ids.staff, service: 'Hair spa' })
    const cancelled = await must(receptionist, 'appointments.create', { customer_name: 'Gone Away', scheduled_at: at('13:00', '2026-11-25') })
    await must(receptionist, 'queue.setStatus', { ticket_number: cancelled.ticket_number, status: 'cancelled' })
    const day = await must(receptionist, 'appointments.book', { from: '2026-11-25' })
    expect(day).toMatchObject({ today: '2026-11-24', now: '2026-11-24T09:30:00+05:30' })
    expect(day.stylists.map((s) => s.name).sort()).toEqual(['Kavya Nair', 'Sarah'])
    expect(day.days[0]?.bookings.map((b) => [b.customer_name, b.stylist_name, b.status])).toEqual([
      ['Priya Sharma', 'Kavya Nair', 'scheduled'],
      ['Neha Gupta', 'Sarah', 'scheduled'],
      ['Gone Away', null, 'cancelled'],
    ])
    const { date, reminders } = await must(receptionist, 'appointments.reminders', {})
    expect(date).toBe('2026-11-25')
    expect(reminders.map((r) => [r.first_name, r.phone])).toEqual([
      ['Priya', '+919876543210'],
      ['Neha', '+919988776655'],
    ])
    expect(reminders[0]?.text).toBe(
      'Hello Priya, this is My Salon: a reminder of your appointment tomorrow, Wednesday 25/11/2026 at 10:00 am for Haircut with Kavya. If you need to change it, reply to this message or call us. See you soon!',
    )
    // Staff have the queue, not the book.
    expect(await staff.invoke('appointments.book', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await staff.invoke('appointments.reminders', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // Arrived joins the queue the stylists see, as a ticket and a first name.
    const today = await must(owner, 'appointments.create', { customer_id: priya.id, scheduled_at: at('10:00'), stylist_id: kavya.id, service: 'Haircut' })
    expect(await must(staff, 'queue.today', {})).toEqual([])
    await must(receptionist, 'queue.setStatus', { ticket_number: today.ticket_number, status: 'checked_in' })
    expect(await must(staff, 'queue.today', {})).toEqual([{ ticket_number: today.ticket_number, first_name: 'Priya', service: 'Haircut', status: 'checked_in' }])
    await core.close()
  })
})
