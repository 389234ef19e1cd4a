import { z } from 'zod'
import { method, returns } from './define'
import { limit } from './schemas'
import type { CustomerSummary } from './shapes'

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
} as const
