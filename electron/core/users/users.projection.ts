import type { UserRow } from '../../../db/users/users.table'
import type { UserLockout } from '../../../db/users/user.repository'
import { formatInZone } from '../../../db/zoned-time'
import type { User, UserAdmin } from './users.shapes'

export const toUser = (row: UserRow): User => ({ id: row.id, name: row.name, role: row.role, active: row.active === 1 })

/** A user as the owner sees them, with this desk's lockout (counted per desk, never synced). */
export const toUserAdmin = (row: UserRow, lockout: UserLockout, zone: string): UserAdmin => ({
  ...toUser(row),
  failed_attempts: lockout.failed_attempts,
  locked_until: lockout.locked_until === null ? null : formatInZone(lockout.locked_until, zone),
  created_at: formatInZone(row.created_at, zone),
  commission_bp: row.commission_bp,
})
