import type { CustomerDetailRecord, CustomerSummaryRecord } from '../../../db/customers/customer.decoder'
import { fullName } from '../../../db/customers/customer.fields'
import { maskedPhone } from '../../../db/customers/phone'
import { formatInZone } from '../../../db/zoned-time'
import type { Role } from '../../../vocabulary'
import { assertMaySeeCustomers, zoned } from '../customer-access'
import type { CustomerContact, CustomerDetail, CustomerSummary } from './customers.shapes'

/** A customer in a list: the phone masked to its last 4 digits. */
export function customerSummaryFor(role: Role, record: CustomerSummaryRecord, zone: string): CustomerSummary {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    full_name: fullName(record.first_name, record.last_name),
    phone_masked: maskedPhone(record.phone ?? ''),
    total_visits: record.total_visits,
    total_spent: record.total_spent,
    total_spent_rupees: record.total_spent / 100,
    last_visit_at: zoned(record.last_visit_at, zone),
    member_since: formatInZone(record.created_at, zone),
    ...(record.unreadable.length > 0 ? { unreadable_fields: [...record.unreadable] } : {}),
  }
}

/** A customer in the owner's lists to call from: the summary and the whole phone. */
export function customerContactFor(role: Role, record: CustomerSummaryRecord, zone: string): CustomerContact {
  return { ...customerSummaryFor(role, record, zone), phone: record.phone ?? '' }
}

/** One customer's page, the whole phone included. */
export function customerDetailFor(role: Role, record: CustomerDetailRecord, zone: string): CustomerDetail {
  return {
    ...customerContactFor(role, record, zone),
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
