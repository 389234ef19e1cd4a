import type { CustomerDetailRecord, CustomerSummaryRecord } from '../../../db/customers/customer.decoder'
import { fullName } from '../../../db/customers/customer.fields'
import { formatInZone } from '../../../db/zoned-time'
import type { Role } from '../../../vocabulary'
import { assertMaySeeCustomers, zoned } from '../customer-access'
import type { CustomerDetail, CustomerSummary } from './customers.shapes'

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
