import type { CustomerSummary } from '../customers/customers.shapes'

// What the analytics methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** A customer whose birthday falls in the coming days (owner analytics). */
export type BirthdayEntry = CustomerSummary & { date_of_birth: string; birthday: string; days_until: number }

/** One month of the owner's charts (salon time zone). */
export type MonthlyFigures = {
  month: string
  revenue: number
  visits: number
  new_customers: number
  returning_customers: number
}
