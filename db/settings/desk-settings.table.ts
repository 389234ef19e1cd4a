import type { Generated } from 'kysely'
import { localTable } from '../sync/sync-class'
import type { Row } from '../row'

/**
 * `desk_settings`: this desk's own settings, one row (id = 1): its receipt printer, whether it
 * prints without asking, where its backups go and how many it keeps. Out of the salon's settings
 * row, which syncs: another desk has its own printer and its own drive.
 */
export interface DeskSettingsTable {
  id: number
  /** The counter's receipt printer (null = the system's default) and whether to print without asking. */
  printer_name: string | null
  silent_print: Generated<0 | 1>
  /** Where backups go; null = the backups folder beside the database. */
  backup_folder: string | null
  /** How many verified backups to keep (older ones are pruned after a new one verifies). */
  backup_keep: Generated<number>
}

export type DeskSettingsRow = Row<DeskSettingsTable>

/** Sync class: local (the desk's own settings never leave it). */
export const deskSettingsSync = localTable
