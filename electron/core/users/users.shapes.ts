import type { UserRow } from '../../../db/users/users.table'
import type { UserLockout } from '../../../db/users/user.repository'

// What the users methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type User = Pick<UserRow, 'id' | 'name' | 'role'> & { active: boolean }

/** A user as the login screen shows them: a tile with a name. */
export type UserTile = Pick<UserRow, 'id' | 'name' | 'role'>

/** A user as the owner's admin screen shows them, with this desk's lockout state. */
export type UserAdmin = User & Pick<UserRow, 'created_at' | 'commission_bp'> & UserLockout
