import type { StylistDayLine, StylistMonthFigures } from '../../../db/stylists/stylist-work'
import type { UserRow } from '../../../db/users/users.table'

// What the stylists methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** Someone a service line can name as its stylist: an active user (usually staff). */
export type StylistOption = Pick<UserRow, 'id' | 'name' | 'role'>

/** One stylist's month for the owner. Money is taxable value (after discounts, before GST). */
export type StylistMonth = StylistMonthFigures &
  Pick<UserRow, 'name' | 'role' | 'commission_bp'> & {
    active: boolean
    /** revenue ÷ bills, to the paisa (half up); 0 with no bills. */
    average_bill: number
    /** returning ÷ customers in basis points (6667 = 66.67%); 0 with no customers. */
    returning_share_bp: number
    /** What the commission comes to on the revenue (a report, not payroll). */
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
export type MyDay = { date: string; services_done: number; services: (Pick<StylistDayLine, 'name' | 'quantity'> & { at: string })[] }
