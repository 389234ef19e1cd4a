import type { CustomerDetailRecord, CustomerSummaryRecord } from '../../db/customers/customer.repository'
import { fullName } from '../../db/customers/customer.fields'
import { DomainError } from '../../db/errors'
import { formatInZone } from '../../db/zoned-time'
import type { CustomerDetail, CustomerSummary, Role } from './contract/shapes'

/**
 * Every path that returns customer data goes through these: lookups, search, lists, analytics,
 * history, exports. A role that may not see customers gets an error here, not a smaller object,
 * so a handler wired to the wrong role cannot leak by accident.
 */
const CUSTOMER_ROLES: readonly Role[] = ['owner', 'receptionist']

function assertMaySeeCustomers(role: Role): void {
  if (!CUSTOMER_ROLES.includes(role)) throw new DomainError('FORBIDDEN', 'Your role cannot see customer details.')
}

const zoned = (stored: string | null, zone: string) => (stored === null ? null : formatInZone(stored, zone))

export function customerSummaryFor(role: Role, record: CustomerSummaryRecord, zone: string): CustomerSummary {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    full_name: fullName(record.first_name, record.last_name),
    phone: record.phone ?? '',
    total_visits: record.total_visits,
    total_spent: record.total_spent,
    total_spent_rupees: record.total_spent / 100,
    last_visit_at: zoned(record.last_visit_at, zone),
    member_since: formatInZone(record.created_at, zone),
    ...(record.unreadable.length > 0 ? { unreadable_fields: [...record.unreadable] } : {}),
  }
}

export function customerDetailFor(role: Role, record: CustomerDetailRecord, zone: string): CustomerDetail {
  const summary = customerSummaryFor(role, record, zone)
  return {
    ...summary,
    first_name: record.first_name,
    last_name: record.last_name,
    email: record.email,
    date_of_birth: record.date_of_birth,
    gender: record.gender,
    notes: record.notes,
    created_at: formatInZone(record.created_at, zone),
    updated_at: formatInZone(record.updated_at, zone),
    deleted_at: zoned(record.deleted_at, zone),
  }
}

/**
 * Keys that carry a customer's identity or spend. Staff see a first name and a ticket; the
 * dispatcher refuses to hand a staff session any output containing one of these keys, whatever
 * the handler did: a second wall behind the per-method roles.
 */
export const STAFF_FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  'last_name',
  'full_name',
  'phone',
  'customer_phone',
  'email',
  'date_of_birth',
  'notes',
  'gender',
  'total_spent',
  'total_spent_rupees',
  'total_visits',
  'customer_name',
  'customer_id',
  'items',
  'payments',
  'total',
  'rounded_total',
])

export function findForbiddenStaffKey(value: unknown, depth = 0): string | undefined {
  if (depth > 12 || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenStaffKey(item, depth + 1)
      if (found) return found
    }
    return undefined
  }
  for (const [key, inner] of Object.entries(value)) {
    if (STAFF_FORBIDDEN_KEYS.has(key)) return key
    const found = findForbiddenStaffKey(inner, depth + 1)
    if (found) return found
  }
  return undefined
}
