import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, limit } from '../contract/schemas'
import type { BirthdayEntry, MonthlyFigures, MonthToDate } from './analytics.shapes'
import type { CustomerContact } from '../customers/customers.shapes'

export const analyticsContract = {
  /** The best customers by total spent, each with the whole phone: the owner's list to call from. */
  'analytics.topCustomers': method({
    input: z.strictObject({ limit: limit(100).optional() }),
    output: returns<CustomerContact[]>(),
  }),
  /** Customers not seen in `days` days (default 30), each with the whole phone to call them back. */
  'analytics.inactiveCustomers': method({
    input: z.strictObject({ days: limit(3650).optional(), limit: limit(500).optional() }),
    output: returns<CustomerContact[]>(),
  }),
  /** Live customers with a birthday in the next `days` days (today included), soonest first. */
  'analytics.birthdays': method({
    input: z.strictObject({ days: limit(31).optional() }),
    output: returns<BirthdayEntry[]>(),
  }),
  /** Revenue, visits, new and returning customers per salon month, oldest first, ending this month. */
  'analytics.monthly': method({
    input: z.strictObject({ months: limit(24).optional() }),
    output: returns<MonthlyFigures[]>(),
  }),
  /** Revenue and visits of this salon month so far, and of the same stretch of last month: a like-for-like comparison. */
  'analytics.monthToDate': method({ input: empty, output: returns<MonthToDate>() }),
} as const
