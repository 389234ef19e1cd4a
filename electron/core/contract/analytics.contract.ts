import { z } from 'zod'
import { method, returns } from './define'
import { limit } from './schemas'
import type { BirthdayEntry, CustomerSummary, MonthlyFigures } from './shapes'

const owner = ['owner'] as const

export const analyticsContract = {
  'analytics.topCustomers': method({
    input: z.strictObject({ limit: limit(100).optional() }),
    access: owner,
    output: returns<CustomerSummary[]>(),
  }),
  'analytics.inactiveCustomers': method({
    input: z.strictObject({ days: limit(3650).optional(), limit: limit(500).optional() }),
    access: owner,
    output: returns<CustomerSummary[]>(),
  }),
  /** Live customers with a birthday in the next `days` days (today included), soonest first. */
  'analytics.birthdays': method({
    input: z.strictObject({ days: limit(31).optional() }),
    access: owner,
    output: returns<BirthdayEntry[]>(),
  }),
  /** Revenue, visits, new and returning customers per salon month, oldest first, ending this month. */
  'analytics.monthly': method({
    input: z.strictObject({ months: limit(24).optional() }),
    access: owner,
    output: returns<MonthlyFigures[]>(),
  }),
} as const
