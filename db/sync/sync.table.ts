import { localTable } from './sync-class'
import type { Row } from '../row'

/** `sync_desk`: this desk's id, its code (`local` until it enrols) and the last clock it issued. */
export interface SyncDeskTable {
  id: number
  desk_id: string
  desk_code: string
  hlc: string
  created_at: string
}

/** `sync_outbox`: every change to a synced table, in commit order, until a server acknowledges it. */
export interface SyncOutboxTable {
  seq: number
  change_id: string
  table_name: string
  row_key: string
  op: 'insert' | 'update' | 'erase' | 'delete'
  /** JSON: the synced fields written, bytes as `{ "$bytes": base64 }`. */
  fields: string
  hlc: string
  user_id: string | null
}

export type SyncOutboxRow = Row<SyncOutboxTable>

/** `sync_field_clocks`: per record row, the clock of each synced field's last write (JSON). */
export interface SyncFieldClocksTable {
  table_name: string
  row_key: string
  clocks: string
}

/** Sync class: local, all three (sync's own state never leaves the desk as rows). */
export const syncDeskSync = localTable
export const syncOutboxSync = localTable
export const syncFieldClocksSync = localTable
