import type { CustomerDetail } from '../../electron/core/contract'
import type { ManualClock } from './harness'
import { jumpTo, must, type Salon } from './salon'

/** Four stylists (Sarah from the usual salon, three more) and their customers' bookings. */
export const STYLISTS = ['Sarah Thomas', 'Kavya Nair', 'Arjun Mehta', 'Divya Iyer'] as const
type StylistName = (typeof STYLISTS)[number]

const CUSTOMERS = [
  ['Priya', 'Sharma', '98765 43210'],
  ['Rahul', 'Verma', '+91 99001 23456'],
  ['Ananya', 'Rao', '98450 11223'],
  ['Meera', 'Iyer', '98860 44556'],
  ['Neha', 'Gupta', '99000 77881'],
  ['Sneha', 'Patil', '97400 33221'],
  ['Kabir', 'Singh', '98110 55667'],
  ['Vikram', 'Rao', '99450 88990'],
  ['Farhan', 'Khan', '98200 12121'],
  ['Pooja', 'Reddy', '99490 34343'],
  ['Nisha', 'Kapoor', '98330 56565'],
] as const

type Booking = [day: string, time: string, who: string, service: string, minutes: number, stylist: StylistName | null]

/** A Tuesday's diary (24 Nov 2026) and the rest of the week, about a dozen bookings a day at most. */
const BOOKINGS: Booking[] = [
  ['2026-11-24', '10:00', 'Priya', 'Haircut', 45, 'Sarah Thomas'],
  ['2026-11-24', '12:00', 'Ananya', 'Hair spa', 60, 'Sarah Thomas'],
  ['2026-11-24', '16:00', 'Rahul', 'Hair colour', 90, 'Sarah Thomas'],
  ['2026-11-24', '10:30', 'Meera', 'Threading', 15, 'Kavya Nair'],
  ['2026-11-24', '11:00', 'Neha', 'Facial', 60, 'Kavya Nair'],
  ['2026-11-24', '15:00', 'Sneha', 'Manicure', 45, 'Kavya Nair'],
  ['2026-11-24', '11:30', 'Kabir', 'Beard trim', 30, 'Arjun Mehta'],
  ['2026-11-24', '13:00', 'Vikram', 'Haircut', 30, 'Arjun Mehta'],
  ['2026-11-24', '17:30', 'Farhan', 'Haircut', 30, 'Arjun Mehta'],
  ['2026-11-24', '12:30', 'Pooja', 'Keratin treatment', 120, 'Divya Iyer'],
  ['2026-11-24', '18:00', 'Nisha', 'Bridal trial', 90, 'Divya Iyer'],
  ['2026-11-25', '10:00', 'Priya', 'Haircut', 45, 'Sarah Thomas'],
  ['2026-11-25', '11:30', 'Ananya', 'Hair spa', 60, 'Kavya Nair'],
  ['2026-11-25', '14:00', 'Rahul', 'Beard trim', 30, 'Arjun Mehta'],
  ['2026-11-25', '16:00', 'Neha', 'Facial', 60, 'Divya Iyer'],
  ['2026-11-26', '11:00', 'Meera', 'Hair colour', 90, 'Kavya Nair'],
  ['2026-11-26', '15:30', 'Vikram', 'Haircut', 30, 'Arjun Mehta'],
  ['2026-11-27', '12:00', 'Pooja', 'Pedicure', 45, 'Divya Iyer'],
  ['2026-11-28', '10:30', 'Sneha', 'Hair spa', 60, 'Sarah Thomas'],
  ['2026-11-28', '13:00', 'Farhan', 'Beard trim', 30, 'Arjun Mehta'],
  ['2026-11-28', '17:00', 'Nisha', 'Makeup', 60, 'Divya Iyer'],
  ['2026-11-29', '11:00', 'Kabir', 'Haircut', 30, 'Arjun Mehta'],
]

export type BookSalon = { stylists: Record<StylistName, string>; customers: Record<string, CustomerDetail> }

/**
 * Seeds the book at 09:00 on Tuesday 24 Nov 2026 (bookings cannot be made in the past), plus a
 * visitor without a record booked tomorrow (reminders read her phone from the booking).
 */
export async function seedBook(salon: Salon, clock: ManualClock): Promise<BookSalon> {
  await jumpTo(salon, clock, '2026-11-24T03:30:00.000Z')
  const stylists = { 'Sarah Thomas': salon.ids.staff } as Record<StylistName, string>
  for (const [index, name] of STYLISTS.slice(1).entries()) {
    stylists[name] = (await must(salon.owner, 'users.create', { name, role: 'staff', pin: `61524${index}` })).id
  }
  const customers: Record<string, CustomerDetail> = {}
  for (const [first, last, phone] of CUSTOMERS) customers[first] = await salon.addCustomer({ first_name: first, last_name: last, phone })
  for (const [day, time, who, service, minutes, stylist] of BOOKINGS) {
    await must(salon.owner, 'appointments.create', {
      customer_id: (customers[who] as CustomerDetail).id,
      scheduled_at: `${day}T${time}:00+05:30`,
      duration_minutes: minutes,
      service,
      stylist_id: stylist ? stylists[stylist] : null,
    })
  }
  await must(salon.owner, 'appointments.create', { customer_name: 'Lakshmi Menon', customer_phone: '99887 76655', scheduled_at: '2026-11-25T12:00:00+05:30', duration_minutes: 30, service: 'Threading' })
  return { stylists, customers }
}
