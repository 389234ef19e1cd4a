import { DomainError } from '../../db/errors'
import { formatInZone } from '../../db/zoned-time'
import { COUNTER_ROLES, type Role } from '../../vocabulary'

/**
 * Every path that returns customer data goes through these: lookups, search, lists, analytics,
 * history, exports. A role that may not see customers gets an error here, not a smaller object,
 * so a handler wired to the wrong role cannot leak by accident.
 */
const CUSTOMER_ROLES: readonly Role[] = COUNTER_ROLES

export function assertMaySeeCustomers(role: Role): void {
  if (!CUSTOMER_ROLES.includes(role)) throw new DomainError('FORBIDDEN', 'Your role cannot see customer details.')
}

export const zoned = (stored: string | null, zone: string) => (stored === null ? null : formatInZone(stored, zone))
