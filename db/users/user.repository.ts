import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import { DomainError, notFound } from '../errors'
import type { IdFactory } from '../ids'
import type { UserRow } from './users.table'
import type { UserLockoutRow } from './user-lockouts.table'

/** Wrong PINs in a row on this desk and the lock they earned (none: 0 and null). */
export type UserLockout = Omit<UserLockoutRow, 'user_id'>

const NO_LOCKOUT: UserLockout = Object.freeze({ failed_attempts: 0, locked_until: null })

export type UserRepository = ReturnType<typeof createUserRepository>

/** What an owner may change of a user: `active` as a flag (stored 0 or 1), `unlock` clears this desk's lockout. */
export type UserChanges = Partial<Pick<UserRow, 'name' | 'role' | 'pin_hash' | 'commission_bp'>> & { active?: boolean; unlock?: boolean }

export function createUserRepository({ db, writer, clock, newId }: { db: Db; writer: Writer; clock: Clock; newId: IdFactory }) {
  const { kysely, sync } = db
  const now = () => toStoredTime(clock())

  const nameTaken = (name: string, exceptId?: string) => {
    const holder = sync.get(kysely.selectFrom('users').select('id').where('name', '=', name))
    return holder !== undefined && holder.id !== exceptId
  }
  const duplicateName = () => new DomainError('CONFLICT', 'Another user already has this name.', { name: 'Another user already has this name.' })

  /** Lockout counts are local (SYNC.md, "Users"): written directly, never to the outbox. */
  const clearLockout = (id: string) => writer.unsynced.run(writer.unsynced.kysely.deleteFrom('user_lockouts').where('user_id', '=', id))

  // Users are never deleted, so once one exists the answer stays true.
  let someoneExists = false

  return {
    /** Whether setup is done (any user exists): asked on every call, so remembered once true. */
    exists(): boolean {
      someoneExists ||= this.count() > 0
      return someoneExists
    },

    count(): number {
      return sync.get(kysely.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0
    },

    /** Every user, active first, then by name. */
    list(): UserRow[] {
      return sync.all(kysely.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('name'))
    },

    get(id: string): UserRow | undefined {
      return sync.get(kysely.selectFrom('users').selectAll().where('id', '=', id))
    },

    /** Creates a user; `onlyIfNone` makes first-run setup atomic (refused once anyone exists). */
    create(input: Pick<UserRow, 'name' | 'role' | 'pin_hash'>, options: { onlyIfNone?: boolean } = {}): UserRow {
      return sync.transaction(() => {
        if (options.onlyIfNone && this.count() > 0) throw new DomainError('CONFLICT', 'Parlour is already set up: log in instead.')
        if (nameTaken(input.name)) throw duplicateName()
        const id = newId()
        const at = now()
        writer.insert('users', { id, ...input, created_at: at, updated_at: at })
        return this.get(id) as UserRow
      })
    },

    update(id: string, changes: UserChanges): UserRow {
      return sync.transaction(() => {
        const current = this.get(id)
        if (!current) throw notFound('User')
        if (changes.name !== undefined && nameTaken(changes.name, id)) throw duplicateName()
        const set: Partial<UserRow> = {}
        if (changes.name !== undefined) set.name = changes.name
        if (changes.role !== undefined) set.role = changes.role
        if (changes.pin_hash !== undefined) set.pin_hash = changes.pin_hash
        if (changes.active !== undefined) set.active = changes.active ? 1 : 0
        if (changes.commission_bp !== undefined) set.commission_bp = changes.commission_bp
        if (Object.keys(set).length > 0) writer.update('users', id, { ...set, updated_at: now() })
        // A new PIN or an explicit unlock clears the lockout (this desk's: the count never syncs).
        if (changes.unlock || changes.pin_hash !== undefined) clearLockout(id)
        return this.get(id) as UserRow
      })
    },

    countActiveOwners(): number {
      return (
        sync.get(
          kysely
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('role', '=', 'owner')
            .where('active', '=', 1),
        )?.n ?? 0
      )
    },

    /** Wrong PINs in a row typed at this desk, and until when the user is locked out. */
    lockout(id: string): UserLockout {
      return sync.get(kysely.selectFrom('user_lockouts').select(['failed_attempts', 'locked_until']).where('user_id', '=', id)) ?? NO_LOCKOUT
    },

    /** Persists a wrong PIN on this desk: the count and lock survive restarts (a local row, never synced). */
    recordFailedLogin(id: string, failedAttempts: number, lockedUntil: string | null): void {
      writer.unsynced.run(
        writer.unsynced.kysely
          .insertInto('user_lockouts')
          .values({ user_id: id, failed_attempts: failedAttempts, locked_until: lockedUntil })
          .onConflict((oc) => oc.column('user_id').doUpdateSet({ failed_attempts: failedAttempts, locked_until: lockedUntil })),
      )
    },

    /** Clears this desk's count; a PIN hashed afresh with today's parameters is a record write (it syncs). */
    recordSuccessfulLogin(id: string, rehashed?: string): void {
      clearLockout(id)
      if (rehashed) writer.update('users', id, { pin_hash: rehashed })
    },
  }
}
