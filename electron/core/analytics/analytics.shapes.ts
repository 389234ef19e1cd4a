import type { CustomerContact } from '../customers/customers.shapes'
import type { MonthRow } from '../../../db/bills/sales-by-month'

// What the analytics methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A customer whose birthday falls in the coming days (owner analytics), with the whole phone to greet them. */
export type BirthdayEntry = CustomerContact & { date_of_birth: string; birthday: string; days_until: number }

/**
 * This month so far against the same stretch of last month (from its first day to the same day
 * and hour, or its end), so a comparison made on the 10th is not with all of last month.
 */
export type MonthToDate = {
  /** Salon days of this month so far, today included. */
  days: number
  current: Pick<MonthRow, 'month' | 'revenue' | 'visits'>
  previous: Pick<MonthRow, 'month' | 'revenue' | 'visits'> & { until: string }
}

/** One month of the owner's charts (salon time zone): the monthly figures each desk keeps. */
export type MonthlyFigures = MonthRow
