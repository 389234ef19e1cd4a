import type { CustomerDetailRecord, CustomerSummaryRecord } from '../../db/customers/customer.decoder'
import { fullName } from '../../db/customers/customer.fields'
import { DomainError } from '../../db/errors'
import { formatInZone } from '../../db/zoned-time'
import type { BillRecord } from '../../db/bills/bill.repository'
import type { VisitRecord } from '../../db/visits/visit.repository'
import type { Bill, CustomerDetail, CustomerSummary, QueueEntry, Role, Visit } from './contract/shapes'

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

export function billFor(role: Role, record: BillRecord, zone: string): Bill {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    invoice_number: record.invoice_number,
    kind: record.kind,
    original_bill_id: record.original_bill_id,
    status: record.kind === 'sale' && record.refund_bill_id ? 'refunded' : 'posted',
    customer_id: record.customer_id,
    customer_name: record.display_name,
    items: record.items,
    subtotal: record.subtotal,
    discount: record.discount,
    gst_rate_bp: record.gst_rate_bp,
    cgst: record.cgst,
    sgst: record.sgst,
    total: record.total,
    rounded_total: record.rounded_total,
    rounding_adjustment: record.rounding_adjustment,
    payments: record.payments,
    posted_at: formatInZone(record.posted_at, zone),
    created_by: record.created_by,
    ...(record.kind === 'refund' ? { refund_reason: record.refund_reason ?? '' } : { refund_bill_id: record.refund_bill_id }),
  }
}

export function visitFor(role: Role, record: VisitRecord, zone: string): Visit {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    ticket_number: record.ticket_number,
    kind: record.kind,
    customer_id: record.customer_id,
    customer_name: record.display_name,
    service: record.service,
    status: record.status,
    scheduled_at: zoned(record.scheduled_at, zone),
    duration_minutes: record.duration_minutes,
    checked_in_at: zoned(record.checked_in_at, zone),
    created_at: formatInZone(record.created_at, zone),
  }
}

/** The one view of a visit every role may have: a ticket and a first name. */
export function queueEntryFor(record: VisitRecord): QueueEntry {
  return { ticket_number: record.ticket_number, first_name: record.first_name, status: record.status }
}
