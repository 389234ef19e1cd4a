import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id, limit } from '../contract/schemas'
import type { AuditEntry } from './audit.shapes'
import type { Page } from '../contract/result'
import { OWNER_ONLY } from '../../../vocabulary'

export const auditContract = {
  'audit.list': method({
    input: z.strictObject({ customer_id: id().optional(), before: id().optional(), limit: limit(500).optional() }),
    access: OWNER_ONLY,
    output: returns<Page<AuditEntry>>(),
  }),
} as const
