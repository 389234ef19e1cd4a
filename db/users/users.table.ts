import type { Generated } from 'kysely'
import type { Role } from '../../vocabulary'
import { recordTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `users`: who may log in, with what role. Their lockout counts stay on each desk (user-lockouts.table.ts). */
export interface UsersTable {
  id: string
  name: string
  role: Role
  /** argon2id string over a keyed hash of the PIN (the pepper comes from the data key). */
  pin_hash: string
  active: Generated<0 | 1>
  /** The owner's commission percentage for this stylist, in basis points (a report, not payroll). */
  commission_bp: Generated<number>
  created_at: string
  updated_at: string
}

export type UserRow = Row<UsersTable>

/** Sync class: record (the owner manages users once for all desks). */
export const usersSync = recordTable<UsersTable>(['id'], {
  id: 'record',
  name: 'record',
  role: 'record',
  pin_hash: 'record',
  active: 'record',
  commission_bp: 'record',
  created_at: 'record',
  updated_at: 'local',
})
