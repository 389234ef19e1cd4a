import type { User, UserTile } from '../users/users.shapes'

// What the session methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type SessionState = { setup_required: boolean; user: User | null; users: UserTile[] }
