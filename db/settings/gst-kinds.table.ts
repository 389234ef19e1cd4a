import type { Row } from '../row'
import type { GstKind } from '../../vocabulary'
import { ledgerTable } from '../sync/sync-class'

/**
 * `gst_kinds`: the salon's kind under GST (regular, composition, not registered) and the business
 * day each took effect from. Insert-only: a change is a new row; the kind in force on a day is the
 * row with the latest `effective_from` on or before it (the later `set_at` of two for one day).
 * Migration 0017 records the salon's kind before it from 2017-07-01 (GST_BEGAN).
 */
export interface GstKindsTable {
  id: string
  kind: GstKind
  /** The salon day it takes effect from, YYYY-MM-DD. */
  effective_from: string
  set_at: string
  /** The owner who set it; null for the row migration 0017 wrote. */
  set_by: string | null
}

export type GstKindRow = Row<GstKindsTable>

/**
 * Sync class: ledger. The kind is the salon's data (every desk must print the same document on the
 * same day), and a history of kinds with their dates is naturally insert-only: a change never
 * rewrites what was in force when earlier bills were posted, so desks union the rows by id.
 */
export const gstKindsSync = ledgerTable<GstKindsTable>(['id'])
