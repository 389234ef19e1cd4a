import type { Generated, Selectable } from 'kysely'
import type { Role } from '../../vocabulary'

/** `users`: who may log in, with what role, and their lockout state (persisted across restarts). */
export interface UsersTable {
  id: string
  name: string
  role: Role
  /** argon2id string over a keyed hash of the PIN (the pepper comes from the data key). */
  pin_hash: string
  active: Generated<0 | 1>
  failed_attempts: Generated<number>
  locked_until: string | null
  /** The owner's commission percentage for this stylist, in basis points (a report, not payroll). */
  commission_bp: Generated<number>
  created_at: string
  updated_at: string
}

export type UserRow = Selectable<UsersTable>
