import type { UserRow } from '../../../db/users/users.table'
import { formatInZone } from '../../../db/zoned-time'
import type { User, UserAdmin } from './users.shapes'

export const toUser = (row: UserRow): User => ({ id: row.id, name: row.name, role: row.role, active: row.active === 1 })

export const toUserAdmin = (row: UserRow, zone: string): UserAdmin => ({
  ...toUser(row),
  failed_attempts: row.failed_attempts,
  locked_until: row.locked_until === null ? null : formatInZone(row.locked_until, zone),
  created_at: formatInZone(row.created_at, zone),
  commission_bp: row.commission_bp,
})
