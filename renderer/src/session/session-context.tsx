import { createContext, useContext } from 'react'
import type { Role, Settings, User } from '../api/contract'
import { salonToday } from '../format/time'
import { mayCall, type MethodName } from '../../../vocabulary'

export type LockReason = 'button' | 'idle' | 'session-ended' | 'restored'

export type SessionValue = {
  user: User
  settings: Settings
  /** Settings changed (the owner saved them): share the new ones with every screen. */
  setSettings: (settings: Settings) => void
  /** Ends the session and clears every customer datum from the renderer; `notice` is shown on the login screen. */
  lock: (reason: LockReason, notice?: string) => void
}

export const SessionContext = createContext<SessionValue | null>(null)

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside a logged-in shell')
  return value
}

/** Today's date in the salon's zone (YYYY-MM-DD). */
export function useSalonToday(): string {
  return salonToday(useSession().settings.time_zone)
}

export function useRole(): Role {
  return useSession().user.role
}

/**
 * Whether the logged-in role may call a method: what a screen asks before it shows the button or
 * link that calls it. The answer is the method's declared access (vocabulary/access.ts, the table
 * the contract itself uses), so the screens never keep a list of roles of their own; the core
 * refuses anyway.
 */
export function useMayCall(): (method: MethodName) => boolean {
  const role = useRole()
  return (method) => mayCall(role, method)
}
