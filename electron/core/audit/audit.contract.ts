import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id, isoDate, limit } from '../contract/schemas'
import type { AuditEntry, AuditNotice } from './audit.shapes'
import type { Page } from '../contract/result'
import { AUDIT_GROUPS } from '../../../vocabulary'

export const auditContract = {
  /**
   * Who did what and when, newest first: for one customer, one user, one group of actions
   * (bills, customers, visits, logins, team, safety, or every refused call), between two salon
   * dates (inclusive). Each entry names what it touched.
   */
  'audit.list': method({
    input: z.strictObject({
      customer_id: id().optional(),
      user_id: id().optional(),
      group: z.enum(AUDIT_GROUPS).optional(),
      from: isoDate().optional(),
      to: isoDate().optional(),
      before: id().optional(),
      limit: limit(500).optional(),
    }),
    output: returns<Page<AuditEntry>>(),
  }),
  /** What the owner should know, newest first (at most 20): from the last 7 days, users paused for searching far faster than anyone types and bursts of logins for people who are not here; and, while it holds, an invoice prefix that lets numbers pass the 16 characters GST allows. */
  'audit.notices': method({ input: empty, output: returns<AuditNotice[]>() }),
} as const
