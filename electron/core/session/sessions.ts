import type { UserRow } from '../../../db/users/users.table'

/** Who is logged in on a connection: the user's id, name and role as they were at login, and when they last did something. */
export type Session = { user_id: UserRow['id'] } & Pick<UserRow, 'name' | 'role'> & { last_active_ms: number }

/** What the core needs from a connection to end its session from outside (user deactivated). */
export interface SessionHolder {
  current(): Session | null
  end(reason: string): void
}

/** All open connections, so a change to a user (deactivated, new role) ends their sessions everywhere. */
export class SessionRegistry {
  private readonly holders = new Set<SessionHolder>()

  add(holder: SessionHolder): void {
    this.holders.add(holder)
  }

  remove(holder: SessionHolder): void {
    this.holders.delete(holder)
  }

  /** Ends every session of `userId`, except `keep` (the very session that asked, when it is theirs). */
  endSessionsOf(userId: string, reason: string, keep?: Session | null): void {
    for (const holder of this.holders) {
      const session = holder.current()
      if (session?.user_id === userId && session !== keep) holder.end(reason)
    }
  }

  endAll(reason: string): void {
    for (const holder of this.holders) holder.end(reason)
  }

  get size(): number {
    return this.holders.size
  }
}
