import { z } from 'zod'
import { method, returns } from './define'
import { id, limit } from './schemas'
import type { AuditEntry, Page } from './shapes'

export const auditContract = {
  'audit.list': method({
    input: z.strictObject({ customer_id: id().optional(), before: id().optional(), limit: limit(500).optional() }),
    access: ['owner'],
    output: returns<Page<AuditEntry>>(),
  }),
} as const
