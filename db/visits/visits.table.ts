import type { VisitKind, VisitStatus } from '../../vocabulary'
import { recordTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `visits`: walk-ins and appointments, each with a ticket for the salon day it belongs to. */
export interface VisitsTable {
  id: string
  ticket_number: string
  kind: VisitKind
  customer_id: string | null
  customer_name: string | null
  customer_phone: Uint8Array | null
  customer_phone_bidx: Uint8Array | null
  service: string | null
  /** The service menu's item, when the menu has one (the book shows `service`; no foreign key on purpose: 0010). */
  service_id: string | null
  /** The stylist booked (a user), if any. */
  stylist_id: string | null
  status: VisitStatus
  /** The salon's calendar day (YYYY-MM-DD) the visit counts on. */
  salon_day: string
  scheduled_at: string | null
  duration_minutes: number | null
  checked_in_at: string | null
  started_at: string | null
  completed_at: string | null
  created_by: string
  created_at: string
  updated_at: string
  /** The desk that made the visit: `local` until it enrols (SYNC.md). */
  desk: string
}

export type VisitRow = Row<VisitsTable>

/** Sync class: record (walk-ins and appointments); `updated_at` is this desk's own. */
export const visitsSync = recordTable<VisitsTable>(['id'], {
  id: 'record',
  ticket_number: 'record',
  kind: 'record',
  customer_id: 'record',
  customer_name: 'record',
  customer_phone: 'record',
  customer_phone_bidx: 'record',
  service: 'record',
  service_id: 'record',
  stylist_id: 'record',
  status: 'record',
  salon_day: 'record',
  scheduled_at: 'record',
  duration_minutes: 'record',
  checked_in_at: 'record',
  started_at: 'record',
  completed_at: 'record',
  created_by: 'record',
  created_at: 'record',
  desk: 'record',
  updated_at: 'local',
})
