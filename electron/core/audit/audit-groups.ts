import type { AuditGroup } from '../../../vocabulary'

/** The action names each audit group covers, by prefix ('refused' is by outcome, not name). */
export const AUDIT_GROUP_PREFIXES: Record<Exclude<AuditGroup, 'refused'>, readonly string[]> = {
  bills: ['bill.', 'day.', 'menu.', 'gst.'],
  customers: ['customer.', 'customers.'],
  visits: ['visit.'],
  logins: ['session.'],
  team: ['user.'],
  safety: ['backup.', 'security.', 'settings.'],
}
