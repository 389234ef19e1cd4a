import type { Role } from '../../../vocabulary'

export type Session = { user_id: string; name: string; role: Role; last_active_ms: number }

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

  endSessionsOf(userId: string, reason: string): void {
    for (const holder of this.holders) if (holder.current()?.user_id === userId) holder.end(reason)
  }

  endAll(reason: string): void {
    for (const holder of this.holders) holder.end(reason)
  }

  get size(): number {
    return this.holders.size
  }
}
