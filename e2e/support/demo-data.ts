import { seedCustomers } from '../../bench/generate'
import type { Core } from '../../electron/core'
import type { CustomerDetail } from '../../electron/core/contract'
import { addDays } from '../../db/zoned-time'
import type { ManualClock } from './harness'
import { billItems, jumpTo, must, PINS, setUpSalon, type Salon } from './salon'

/**
 * Closes `last` and the days before it that must be closed first, the drawer as expected each
 * time. A first close covers the history before it, once the day before it has no bills of its
 * own: the seeded history decides how far back that is.
 */
async function closeDaysThrough(salon: Salon, last: string): Promise<void> {
  const close = async (day: string) => {
    const takings = await must(salon.owner, 'days.takings', { day })
    return salon.owner.invoke('days.close', { day, opening_float: 200_000, counted_cash: 200_000 + takings.cash_net })
  }
  for (let back = 0; back <= 31; back++) {
    const first = addDays(last, -back)
    const closed = await close(first)
    if (!closed.ok && closed.error.code === 'CONFLICT') continue
    if (!closed.ok) throw new Error(`days.close failed: ${closed.error.message}`)
    for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) {
      const next = await close(day)
      if (!next.ok) throw new Error(`days.close failed: ${next.error.message}`)
    }
    return
  }
  throw new Error(`No day within a month before ${last} could be closed first.`)
}

export type DemoSalon = Salon & { priya: CustomerDetail; rahul: CustomerDetail; priyaBills: string[] }

/**
 * A salon that looks lived in, for screenshots and accessibility checks: a few hundred
 * customers with two years of bills (the benchmark's generator, fixed seed), plus a regular
 * with a birthday this week, notes, bills and a refund, and a morning of walk-ins and bookings.
 * Times are set on the core's clock; it ends at 10:30 on Tuesday 24 November 2026 (Kolkata).
 */
export async function demoSalon(core: Core, clock: ManualClock, count = 300): Promise<DemoSalon> {
  const now = clock().toISOString()
  const salon = await setUpSalon(core)
  seedCustomers(core.store, { count, seed: 11, billsPerCustomer: 4, now: clock() })
  // Jumping the clock months at a time ends the owner's session as idle: log in again at each stop.
  const at = (iso: string) => jumpTo(salon, clock, iso)

  await at('2025-02-11T06:30:00.000Z')
  const priya = await salon.addCustomer({ first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210', email: 'priya.sharma@example.in', date_of_birth: '1991-11-27', gender: 'Female', notes: 'Prefers Sarah for haircuts. Sensitive scalp: ammonia-free colour only.' })
  const rahul = await salon.addCustomer({ first_name: 'Rahul', last_name: 'Verma', phone: '+91 99001 23456', gender: 'Male' })
  const priyaBills: string[] = []
  const visits: [string, { name: string; rupees: number; quantity?: number }[], ('cash' | 'upi' | 'card')[]][] = [
    ['2026-03-14T07:10:00.000Z', [{ name: 'Haircut', rupees: 650 }, { name: 'Hair spa', rupees: 1400 }], ['upi']],
    ['2026-06-02T11:45:00.000Z', [{ name: 'Hair colour', rupees: 3200 }], ['card']],
    ['2026-08-21T09:20:00.000Z', [{ name: 'Facial', rupees: 1800 }, { name: 'Threading', rupees: 60, quantity: 2 }], ['cash', 'upi']],
    ['2026-10-30T12:05:00.000Z', [{ name: 'Keratin treatment', rupees: 6500 }], ['upi']],
    ['2026-11-12T06:40:00.000Z', [{ name: 'Haircut', rupees: 650 }], ['cash']],
  ]
  for (const [when, items, methods] of visits) {
    await at(when)
    const preview = await must(salon.owner, 'bills.preview', { items: billItems(items) })
    const first = methods.length === 1 ? preview.rounded_total : Math.floor(preview.rounded_total / 200) * 100
    const payments = methods.map((method, index) => ({ method, amount: index === 0 ? first : preview.rounded_total - first }))
    const bill = await salon.postBill(priya.id, items, { payments })
    priyaBills.push(bill.id)
  }
  await at('2026-11-13T05:15:00.000Z')
  await must(salon.owner, 'bills.refund', { bill_id: priyaBills[4] as string, reason: 'Charged twice at the counter' })

  // Last night the day was closed (a salon that closes its days is not flagged this morning).
  await at('2026-11-23T14:30:00.000Z')
  await closeDaysThrough(salon, '2026-11-23')

  // This morning: bills, walk-ins and appointments.
  const today = [
    ['2026-11-24T03:50:00.000Z', 'Anjali', 'Threading', 'completed'],
    ['2026-11-24T04:05:00.000Z', 'Meera', 'Haircut', 'completed'],
    ['2026-11-24T04:25:00.000Z', 'Kabir', 'Beard trim', 'in_progress'],
    ['2026-11-24T04:40:00.000Z', 'Sneha', 'Hair spa', 'in_progress'],
    ['2026-11-24T04:52:00.000Z', 'Farhan', 'Haircut', 'checked_in'],
  ] as const
  // Sarah takes each ticket at the queue, so the counter sees who is doing what.
  const sarah = core.connect()
  for (const [when, name, service, status] of today) {
    await at(when)
    await must(sarah, 'session.login', { user_id: salon.ids.staff, pin: PINS.staff })
    const visit = await must(salon.owner, 'walkins.create', { customer_name: name, service })
    if (status !== 'checked_in') await must(sarah, 'queue.setStatus', { ticket_number: visit.ticket_number, status: 'in_progress' })
    if (status === 'completed') await must(sarah, 'queue.setStatus', { ticket_number: visit.ticket_number, status: 'completed' })
  }
  await at('2026-11-24T04:58:00.000Z')
  await must(salon.owner, 'walkins.create', { customer_id: priya.id, service: 'Hair spa' })
  await must(salon.owner, 'appointments.create', { customer_id: rahul.id, scheduled_at: '2026-11-24T16:00:00+05:30', duration_minutes: 45, service: 'Hair colour', stylist_id: salon.ids.staff })
  await must(salon.owner, 'appointments.create', { customer_name: 'Nisha Kapoor', scheduled_at: '2026-11-24T18:30:00+05:30', duration_minutes: 90, service: 'Bridal trial' })
  for (const [when, name, items] of [
    ['2026-11-24T04:20:00.000Z', 'Anjali', [{ name: 'Threading', rupees: 60 }, { name: 'Upper lip', rupees: 40 }]],
    ['2026-11-24T04:45:00.000Z', 'Meera', [{ name: 'Haircut', rupees: 650 }]],
  ] as const) {
    await at(when)
    // Sarah did the work: her name is on each line.
    await must(salon.owner, 'bills.post', { customer_name: name, items: billItems(items).map((item) => ({ ...item, stylist_id: salon.ids.staff })) })
  }
  await at(now)
  return { ...salon, priya, rahul, priyaBills }
}
