import type { Role } from '../../../vocabulary'

// What the users methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type User = { id: string; name: string; role: Role; active: boolean }

/** A user as the login screen shows them: a tile with a name. */
export type UserTile = { id: string; name: string; role: Role }

/** A user as the owner's admin screen shows them, with lockout state. */
export type UserAdmin = User & { locked_until: string | null; failed_attempts: number; created_at: string; /** Commission percentage for the stylist report, in basis points. */ commission_bp: number }
