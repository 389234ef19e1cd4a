import type { Role } from '../../../vocabulary'

// What the stylists methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** Someone a service line can name as its stylist: an active user (usually staff). */
export type StylistOption = { id: string; name: string; role: Role }

/** One stylist's month for the owner. Money is taxable value (after discounts, before GST). */
export type StylistMonth = {
  stylist_id: string
  name: string
  role: Role
  active: boolean
  /** Quantity of service lines on the month's sales that name them. */
  services_done: number
  /** Sales they had a line on. */
  bills: number
  /** Their lines' taxable value on the month's sales, less their lines on refunds posted in the month. */
  revenue: number
  /** revenue ÷ bills, to the paisa (half up); 0 with no bills. */
  average_bill: number
  /** Registered customers served, and those who had bought before the month began. */
  customers: number
  returning_customers: number
  /** returning ÷ customers in basis points (6667 = 66.67%); 0 with no customers. */
  returning_share_bp: number
  /** The owner's commission percentage for them (basis points) and what it comes to on the revenue (a report, not payroll). */
  commission_bp: number
  commission_due: number
}

export type StylistReport = {
  /** YYYY-MM, a salon month. */
  month: string
  stylists: StylistMonth[]
  /** Sums over the stylists (services without a stylist are not in the report). */
  services_done: number
  revenue: number
  commission_due: number
}

/**
 * A user's own day, for the staff screen: how many services they have done today and which. No
 * customer, no amount (staff see a first name and a ticket, nothing more).
 */
export type MyDay = { date: string; services_done: number; services: { name: string; quantity: number; at: string }[] }
