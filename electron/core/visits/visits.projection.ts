import { nameForStaff } from '../../../db/customers/names'
import type { VisitRecord } from '../../../db/visits/visit.repository'
import { formatInZone } from '../../../db/zoned-time'
import type { Role } from '../../../vocabulary'
import { assertMaySeeCustomers, zoned } from '../customer-access'
import type { QueueEntry, Visit } from './visits.shapes'

export function visitFor(role: Role, record: VisitRecord, zone: string): Visit {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    ticket_number: record.ticket_number,
    kind: record.kind,
    customer_id: record.customer_id,
    customer_name: record.display_name,
    service: record.service,
    service_id: record.service_id,
    stylist_id: record.stylist_id,
    stylist_name: record.stylist_name,
    status: record.status,
    scheduled_at: zoned(record.scheduled_at, zone),
    duration_minutes: record.duration_minutes,
    checked_in_at: zoned(record.checked_in_at, zone),
    created_at: formatInZone(record.created_at, zone),
  }
}

/** The one view of a visit every role may have: a ticket, a first name as staff may see it, and the service asked for. */
export function queueEntryFor(record: VisitRecord): QueueEntry {
  return { ticket_number: record.ticket_number, first_name: nameForStaff(record.first_name), service: record.service, status: record.status }
}
