import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

async function salon(start = '2026-11-24T04:00:00.000Z') {
  const opened = await openTestCore({ start })
  const users = await salonWithUsers(opened.core)
  const priya = await must(users.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210', notes: 'Allergic' })
  return { ...opened, ...users, priya }
}

async function salonWithStore() {
  const opened = await salon()
  return { ...opened, store: opened.core.store }
}

describe('walk-ins, appointments and tickets', () => {
  it('numbers tickets per salon day, across midnight IST', async () => {
    const { core, receptionist, priya, clock, ids } = await salon('2026-11-24T18:20:00.000Z') // 24 Nov 23:50 IST
    const walkin = await must(receptionist, 'walkins.create', { customer_id: priya.id, service: 'Haircut' })
    expect(walkin).toMatchObject({ ticket_number: 'TKT-261124-001', kind: 'walkin', status: 'checked_in', customer_name: 'Priya Sharma' })
    expect((await must(receptionist, 'walkins.create', { customer_name: 'Rahul Verma' })).ticket_number).toBe('TKT-261124-002')
    clock.set('2026-11-24T18:30:00.000Z') // 25 Nov 00:00 IST
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect((await must(receptionist, 'walkins.create', { customer_name: 'Anita' })).ticket_number).toBe('TKT-261125-001')
    // An appointment takes a ticket of the day it is for.
    const booked = await must(receptionist, 'appointments.create', {
      customer_id: priya.id,
      scheduled_at: '2026-11-27T15:30:00+05:30',
      duration_minutes: 60,
      service: 'Hair spa',
    })
    expect(booked).toMatchObject({ ticket_number: 'TKT-261127-001', status: 'scheduled', scheduled_at: '2026-11-27T15:30:00+05:30', duration_minutes: 60 })
    expect((await must(receptionist, 'appointments.list', { date: '2026-11-27' })).map((v) => v.ticket_number)).toEqual(['TKT-261127-001'])
    expect(await receptionist.invoke('appointments.create', { customer_name: 'Late', scheduled_at: '2026-11-20T10:00:00+05:30', duration_minutes: 30 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { scheduled_at: expect.any(String) } },
    })
    await core.close()
  })

  it('books up to a year ahead, not a typo’s century; a ticket number is never issued twice, even a century apart', async () => {
    const { core, receptionist, priya, store } = await salonWithStore()
    const farFuture = await receptionist.invoke('appointments.create', { customer_id: priya.id, scheduled_at: '2126-11-25T15:30:00+05:30', duration_minutes: 45 })
    expect(farFuture).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { scheduled_at: expect.stringContaining('up to a year ahead') } } })
    expect(await must(receptionist, 'appointments.create', { customer_id: priya.id, scheduled_at: '2027-11-24T10:00:00+05:30', duration_minutes: 45 })).toMatchObject({ ticket_number: 'TKT-271124-001' })
    // A file from before the bound (or a clock far off once) holds a 2126 ticket with today's number.
    store.db.sqlite
      .prepare(`INSERT INTO visits (id, ticket_number, kind, customer_id, status, salon_day, scheduled_at, duration_minutes, created_by, created_at, updated_at) VALUES ('01KXXXXXXXXXXXXXXXXXXXXXXX', 'TKT-261124-001', 'appointment', ?, 'scheduled', '2126-11-24', '2126-11-24T10:00:00.000Z', 45, ?, '2026-11-24T04:00:00.000Z', '2026-11-24T04:00:00.000Z')`)
      .run(priya.id, (await must(receptionist, 'session.state', {})).user?.id)
    expect((await must(receptionist, 'walkins.create', { customer_name: 'Kabir' })).ticket_number).toBe('TKT-261124-002')
    expect((await must(receptionist, 'walkins.create', { customer_name: 'Meera' })).ticket_number).toBe('TKT-261124-003')
    await core.close()
  })

  it('moves statuses along the lifecycle only; illegal moves are VALIDATION', async () => {
    const { core, receptionist, priya } = await salon()
    const booked = await must(receptionist, 'appointments.create', { customer_id: priya.id, scheduled_at: '2026-11-24T16:00:00+05:30', duration_minutes: 30 })
    const t = booked.ticket_number
    const move = (status: 'checked_in' | 'in_progress' | 'completed' | 'cancelled' | 'no_show' | 'scheduled') => receptionist.invoke('queue.setStatus', { ticket_number: t, status })
    expect(await move('in_progress')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await move('checked_in')).toMatchObject({ ok: true, value: { status: 'checked_in' } })
    expect(await move('scheduled')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await move('in_progress')).toMatchObject({ ok: true })
    expect(await move('cancelled')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await move('completed')).toMatchObject({ ok: true, value: { status: 'completed' } })
    expect(await move('in_progress')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await receptionist.invoke('queue.setStatus', { ticket_number: 'TKT-261124-999', status: 'completed' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await core.close()
  })
})

describe('the staff queue', () => {
  it('shows today’s checked-in tickets oldest first, as ticket + first name + service + status only', async () => {
    const { core, receptionist, staff, priya, clock } = await salon()
    await must(receptionist, 'walkins.create', { customer_id: priya.id, service: 'Haircut' })
    clock.advance(60_000)
    await must(receptionist, 'walkins.create', { customer_name: 'Rahul Verma', customer_phone: '9123456789' })
    const booked = await must(receptionist, 'appointments.create', { customer_name: 'Later Person', scheduled_at: '2026-11-24T17:00:00+05:30', duration_minutes: 30 })
    clock.advance(60_000)
    let queue = await must(staff, 'queue.today', {})
    expect(queue).toEqual([
      { ticket_number: 'TKT-261124-001', first_name: 'Priya', service: 'Haircut', status: 'checked_in' },
      { ticket_number: 'TKT-261124-002', first_name: 'Rahul', service: null, status: 'checked_in' },
    ])
    await must(receptionist, 'queue.setStatus', { ticket_number: booked.ticket_number, status: 'checked_in' })
    queue = await must(staff, 'queue.today', {})
    expect(queue.map((entry) => entry.first_name)).toEqual(['Priya', 'Rahul', 'Later'])
    for (const entry of queue) expect(Object.keys(entry).sort()).toEqual(['first_name', 'service', 'status', 'ticket_number'])
    expect(JSON.stringify(queue)).not.toMatch(/Sharma|Verma|9123456789|9876543210/)
    await core.close()
  })

  it('derives the name a stylist sees safely, whatever was typed as a first name', async () => {
    const { core, receptionist, staff } = await salon()
    const typed = ['Anita Desai', 'Singh, Kabir', 'Rohit_Verma_9845011111', 'Kavya\u200bSecretsurname', '\u202Eayirp Menon']
    for (const [index, first_name] of typed.entries()) {
      const customer = await must(receptionist, 'customers.create', { first_name, phone: `91000000${String(index).padStart(2, '0')}` })
      await must(receptionist, 'walkins.create', { customer_id: customer.id, service: 'Beard trim' })
    }
    await must(receptionist, 'walkins.create', { customer_name: 'Neha\u200bSecret Surname' })
    const queue = await must(staff, 'queue.today', {})
    expect(queue.map((entry) => entry.first_name)).toEqual(['Anita', 'Singh', 'Rohit', 'Kavya', 'ayirp', 'Neha'])
    expect(queue.map((entry) => entry.service)).toEqual(['Beard trim', 'Beard trim', 'Beard trim', 'Beard trim', 'Beard trim', null])
    expect(JSON.stringify(queue)).not.toMatch(/Desai|Kabir|Verma|9845011111|Secret|Menon|\u202e/i)
    // A name of nothing visible is no name at all.
    expect(await receptionist.invoke('customers.create', { first_name: '\u200b\u200c\u2060', phone: '9100000099' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { first_name: 'First name is required.' } } })
    expect(await receptionist.invoke('walkins.create', { customer_name: '\u200b \u202e' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { customer_name: expect.any(String) } } })
    await core.close()
  })

  it('lets staff start and finish a service, and nothing else', async () => {
    const { core, receptionist, staff, priya } = await salon()
    const walkin = await must(receptionist, 'walkins.create', { customer_id: priya.id })
    const t = walkin.ticket_number
    expect(await staff.invoke('queue.setStatus', { ticket_number: t, status: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await staff.invoke('queue.setStatus', { ticket_number: t, status: 'in_progress' })).toEqual({
      ok: true,
      value: { ticket_number: t, first_name: 'Priya', service: null, status: 'in_progress' },
    })
    expect(await staff.invoke('queue.setStatus', { ticket_number: t, status: 'completed' })).toMatchObject({ ok: true, value: { status: 'completed' } })
    const future = await must(receptionist, 'appointments.create', { customer_id: priya.id, scheduled_at: '2026-11-26T12:00:00+05:30', duration_minutes: 30 })
    expect(await staff.invoke('queue.setStatus', { ticket_number: future.ticket_number, status: 'in_progress' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    for (const method of ['walkins.create', 'visits.today', 'appointments.list', 'customers.history'] as const) {
      expect((await staff.invoke(method, {} as never)).ok).toBe(false)
    }
    await core.close()
  })

  it('records the stylist who takes a ticket as the visit’s stylist (whoever was booked); the counter starting one names nobody', async () => {
    const { core, owner, receptionist, staff, priya, ids } = await salon()
    const meena = await must(owner, 'users.create', { name: 'Meena Iyer', role: 'staff', pin: '264913' })
    // A walk-in nobody was booked for: Sarah takes it.
    const walkin = await must(receptionist, 'walkins.create', { customer_id: priya.id, service: 'Haircut' })
    expect(walkin).toMatchObject({ stylist_id: null })
    await must(staff, 'queue.setStatus', { ticket_number: walkin.ticket_number, status: 'in_progress' })
    expect(await must(receptionist, 'visits.get', { id: walkin.id })).toMatchObject({ stylist_id: ids.staff, stylist_name: 'Sarah', status: 'in_progress' })
    // Finishing it keeps her.
    await must(staff, 'queue.setStatus', { ticket_number: walkin.ticket_number, status: 'completed' })
    expect(await must(receptionist, 'visits.get', { id: walkin.id })).toMatchObject({ stylist_id: ids.staff, status: 'completed' })

    // Booked with Meena, arrived, and Sarah takes it: Sarah does the work.
    const booked = await must(receptionist, 'appointments.create', { customer_name: 'Anita Rao', scheduled_at: '2026-11-24T12:00:00+05:30', duration_minutes: 30, stylist_id: meena.id })
    await must(receptionist, 'queue.setStatus', { ticket_number: booked.ticket_number, status: 'checked_in' })
    expect(await must(receptionist, 'visits.get', { id: booked.id })).toMatchObject({ stylist_id: meena.id, stylist_name: 'Meena Iyer' })
    await must(staff, 'queue.setStatus', { ticket_number: booked.ticket_number, status: 'in_progress' })
    expect(await must(receptionist, 'visits.get', { id: booked.id })).toMatchObject({ stylist_id: ids.staff, stylist_name: 'Sarah' })

    // The counter starting a service (no stylist took it) leaves the booking's stylist, or none.
    const other = await must(receptionist, 'appointments.create', { customer_name: 'Kabir', scheduled_at: '2026-11-24T13:00:00+05:30', duration_minutes: 30, stylist_id: meena.id })
    await must(receptionist, 'queue.setStatus', { ticket_number: other.ticket_number, status: 'checked_in' })
    await must(receptionist, 'queue.setStatus', { ticket_number: other.ticket_number, status: 'in_progress' })
    expect(await must(receptionist, 'visits.get', { id: other.id })).toMatchObject({ stylist_id: meena.id })
    const plain = await must(receptionist, 'walkins.create', { customer_name: 'Rahul' })
    await must(owner, 'queue.setStatus', { ticket_number: plain.ticket_number, status: 'in_progress' })
    expect(await must(receptionist, 'visits.get', { id: plain.id })).toMatchObject({ stylist_id: null })

    // Staff never read a visit; an unknown one is NOT_FOUND.
    expect(await staff.invoke('visits.get', { id: walkin.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await receptionist.invoke('visits.get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await core.close()
  })
})

describe('customer history', () => {
  it('is one timeline of bills, refunds, appointments and walk-ins, newest first, paged stably', async () => {
    const { core, receptionist, owner, priya, clock } = await salon('2026-11-24T04:00:00.000Z')
    const sale = await must(receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    clock.advance(60_000)
    await must(receptionist, 'walkins.create', { customer_id: priya.id, service: 'Threading' })
    clock.advance(60_000)
    await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Unhappy' })
    clock.advance(60_000)
    await must(receptionist, 'appointments.create', { customer_id: priya.id, scheduled_at: '2026-11-28T11:00:00+05:30', duration_minutes: 45, service: 'Facial' })
    const all = await must(receptionist, 'customers.history', { id: priya.id })
    expect(all.items.map((item) => item.kind)).toEqual(['appointment', 'refund', 'walkin', 'bill'])
    expect(all.next).toBeNull()
    const bill = all.items[3]
    expect(bill && bill.kind === 'bill' ? bill.bill : undefined).toMatchObject({ status: 'refunded', rounded_total: 52_500, items: [{ name: 'Haircut' }] })

    const first = await must(receptionist, 'customers.history', { id: priya.id, limit: 2 })
    expect(first.items.map((item) => item.kind)).toEqual(['appointment', 'refund'])
    // New entries arrive at the top: the next page is unaffected.
    clock.advance(60_000)
    await must(receptionist, 'walkins.create', { customer_id: priya.id })
    const second = await must(receptionist, 'customers.history', { id: priya.id, limit: 2, before: first.next as string })
    expect(second.items.map((item) => item.kind)).toEqual(['walkin', 'bill'])
    expect(second.next).toBeNull()
    expect(await receptionist.invoke('customers.history', { id: priya.id, before: 'garbage' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { before: expect.any(String) } } })
    await core.close()
  })

  it('pages through thousands of visits from indexes', async () => {
    const { core, receptionist, priya } = await salon()
    const db = core.store.db.sqlite
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')
    expect(plan(`SELECT * FROM bills WHERE customer_id = 'x' AND (posted_at, id) < ('a', 'b') ORDER BY posted_at DESC, id DESC LIMIT 21`)).toMatch(/bills_by_customer/)
    expect(plan(`SELECT * FROM bills WHERE customer_id = 'x' AND (posted_at, id) < ('a', 'b') ORDER BY posted_at DESC, id DESC LIMIT 21`)).not.toMatch(/TEMP B-TREE/)
    expect(plan(`SELECT * FROM visits v WHERE v.customer_id = 'x' ORDER BY coalesce(v.scheduled_at, v.created_at) DESC, v.id DESC LIMIT 21`)).toMatch(/visits_by_customer/)
    expect(plan(`SELECT * FROM visits v WHERE v.customer_id = 'x' ORDER BY coalesce(v.scheduled_at, v.created_at) DESC, v.id DESC LIMIT 21`)).not.toMatch(/TEMP B-TREE/)
    for (let i = 0; i < 120; i++) await must(receptionist, 'walkins.create', { customer_id: priya.id })
    const seen = new Set<string>()
    let before: string | undefined
    for (let page = 0; page < 20; page++) {
      const result = await must(receptionist, 'customers.history', { id: priya.id, limit: 25, ...(before ? { before } : {}) })
      for (const item of result.items) if (item.kind === 'walkin') seen.add(item.ticket_number)
      if (!result.next) break
      before = result.next
    }
    expect(seen.size).toBe(120)
    await core.close()
  })
})
