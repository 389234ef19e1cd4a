import { DomainError, validationError } from '../../../db/errors'
import type { UserChanges } from '../../../db/users/user.repository'
import { pinProblem } from '../../../vocabulary'
import type { HandlerContext, HandlersFor } from '../context'
import type { UserRow } from '../../../db/users/users.table'
import { toUserAdmin } from './users.projection'
import { refusePinInUse } from './pin-uniqueness'

const admin = (ctx: HandlerContext, row: UserRow) => toUserAdmin(row, ctx.store.users.lockout(row.id), ctx.zone())

export const usersHandlers: HandlersFor<'users.list' | 'users.create' | 'users.update'> = {
  'users.list': (ctx) => ctx.store.users.list().map((row) => admin(ctx, row)),

  'users.create': async (ctx, input) => {
    const problem = pinProblem(input.pin, input.role)
    if (problem) throw validationError({ pin: problem }, problem)
    await refusePinInUse(ctx, input.pin, null)
    const pinHash = await ctx.pins.hash(input.pin)
    const row = ctx.mutate(
      (w) => w.users.create({ name: input.name.trim(), role: input.role, pin_hash: pinHash }),
      (created) => ({ action: 'user.create', target_id: created.id }),
    )
    return admin(ctx, row)
  },

  'users.update': async (ctx, input) => {
    const current = ctx.store.users.get(input.id)
    if (!current) throw new DomainError('NOT_FOUND', 'User was not found.')
    const role = input.role ?? current.role
    const changes: UserChanges = {}
    if (input.name !== undefined) changes.name = input.name.trim()
    if (input.role !== undefined) changes.role = input.role
    if (input.active !== undefined) changes.active = input.active
    if (input.unlock) changes.unlock = true
    if (input.commission_bp !== undefined) changes.commission_bp = input.commission_bp
    if (input.pin !== undefined) {
      const problem = pinProblem(input.pin, role)
      if (problem) throw validationError({ pin: problem }, problem)
      await refusePinInUse(ctx, input.pin, input.id)
      changes.pin_hash = await ctx.pins.hash(input.pin)
    } else if (input.role !== undefined && input.role !== 'owner' && current.role === 'owner') {
      // An owner's passphrase is not a valid PIN for other roles: demotion needs a new PIN.
      const problem = pinProblem('', role)
      throw validationError({ pin: `Set a new PIN for this role. ${problem ?? ''}`.trim() })
    }

    const row = ctx.mutate((w) => {
      const updated = w.users.update(input.id, changes)
      // The salon must never be left without someone who can manage it.
      if (ctx.store.users.countActiveOwners() === 0) {
        throw new DomainError('CONFLICT', 'There must always be at least one active owner.', { role: 'There must always be at least one active owner.' })
      }
      return updated
    }, { action: 'user.update', target_id: input.id })
    // Deactivation or a new role end the user's open sessions everywhere. A new PIN ends every
    // other window of theirs (someone who knew the old one may be at it); the window that changed
    // its own PIN stays logged in.
    if (changes.active === false || changes.role !== undefined) ctx.sessions.endSessionsOf(input.id, 'session.ended_by_user_change')
    else if (changes.pin_hash !== undefined) ctx.sessions.endSessionsOf(input.id, 'session.ended_by_user_change', ctx.session)
    return admin(ctx, row)
  },
}
