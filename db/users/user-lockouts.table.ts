import type { Generated } from 'kysely'
import { localTable } from '../sync/sync-class'
import type { Row } from '../row'

/**
 * `user_lockouts`: wrong PINs in a row and the lock they earned, per user, on this desk
 * (persisted across restarts). A user without a row has none. Out of the users row, which syncs:
 * lockout counts stay per desk (SYNC.md, "Users").
 */
export interface UserLockoutsTable {
  user_id: string
  failed_attempts: Generated<number>
  locked_until: string | null
}

export type UserLockoutRow = Row<UserLockoutsTable>

/** Sync class: local (each desk counts the wrong PINs typed at it). */
export const userLockoutsSync = localTable
