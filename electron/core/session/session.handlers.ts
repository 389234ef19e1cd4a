import { toStoredTime } from '../../../db/clock'
import { DomainError, validationError } from '../../../db/errors'
import { unwrapDataKey } from '../../../db/key-recovery/key-recovery'
import { formatInZone } from '../../../db/zoned-time'
import { lockoutMessage, waitAfterFailures } from './lockout'
import { pinProblem } from '../../../vocabulary'
import type { HandlerContext, HandlersFor } from '../context'
import { toUser } from '../users/users.projection'
import { oneLoginAtATime } from './one-login-at-a-time'
import { UNKNOWN_LOGINS_THROTTLED_ACTION } from './unknown-logins'

/** A locked-out login: the error carries when the user may try again. */
export class LockedOutError extends DomainError {
  constructor(
    message: string,
    readonly lockedUntil: string,
  ) {
    super('LOCKED_OUT', message)
  }
}

const WRONG_PIN = 'That PIN is not right. Try again.'

export const sessionHandlers: HandlersFor<'session.state' | 'session.setupOwner' | 'session.login' | 'session.unlockOwner' | 'session.logout'> = {
  'session.state': (ctx) => {
    const all = ctx.store.users.list()
    const current = ctx.session ? all.find((user) => user.id === ctx.session?.user_id) : undefined
    return {
      setup_required: all.length === 0,
      user: current ? toUser(current) : null,
      users: all.filter((user) => user.active === 1).map((user) => ({ id: user.id, name: user.name, role: user.role })),
    }
  },

  'session.setupOwner': async (ctx, input) => {
    const problem = pinProblem(input.pin, 'owner')
    if (problem) throw validationError({ pin: problem }, problem)
    const pinHash = await ctx.pins.hash(input.pin)
    const owner = ctx.mutate(
      (w) => w.users.create({ name: input.name.trim(), role: 'owner', pin_hash: pinHash }, { onlyIfNone: true }),
      (row) => ({ action: 'session.setup_owner', user_id: row.id, target_id: row.id }),
    )
    ctx.startSession({ user_id: owner.id, name: owner.name, role: owner.role })
    return toUser(owner)
  },

  'session.login': (ctx, input) => oneLoginAtATime(input.user_id, () => login(ctx, input.user_id, input.pin)),

  'session.unlockOwner': (ctx, input) => oneLoginAtATime(input.user_id, () => unlockOwner(ctx, input.user_id, input.passphrase)),

  'session.logout': (ctx) => {
    ctx.endSession('session.logout')
    return null
  },
}

async function login(ctx: HandlerContext, userId: string, pin: string) {
  const { users } = ctx.store
  const user = users.get(userId)
  if (!user || user.active !== 1) {
    const verdict = ctx.unknownLogins.attempt()
    if (verdict === 'audit') ctx.audit.read({ action: 'session.login', user_id: null, target_id: userId, outcome: 'failed' })
    if (verdict === 'audit') throw new DomainError('UNAUTHENTICATED', 'That user cannot log in here. Pick your name again.')
    // A burst: one entry says so, the rest are refused without a row each.
    if (verdict === 'refuse-and-audit-once') ctx.audit.read({ action: UNKNOWN_LOGINS_THROTTLED_ACTION, user_id: null, target_id: null, outcome: 'denied' })
    throw new LockedOutError('Too many logins for people who are not here. Wait a minute, then pick your name again.', formatInZone(toStoredTime(ctx.unknownLogins.retryAt()), ctx.zone()))
  }
  const now = ctx.clock()
  // Counted on this desk only (SYNC.md, "Users"): a wrong PIN here locks no one out at another desk.
  const lockout = users.lockout(user.id)
  if (lockout.locked_until !== null && lockout.locked_until > toStoredTime(now)) {
    ctx.audit.read({ action: 'session.login_locked', user_id: user.id, target_id: user.id, outcome: 'denied' })
    const waitMs = new Date(lockout.locked_until).getTime() - now.getTime()
    throw new LockedOutError(lockoutMessage(lockout.failed_attempts, waitMs), formatInZone(lockout.locked_until, ctx.zone()))
  }

  const verified = await ctx.pins.verify(user.pin_hash, pin)
  // The check ran on a worker thread: a user deactivated, given a new PIN or a new role meanwhile starts over.
  const current = users.get(userId)
  if (!current || current.active !== 1 || current.pin_hash !== user.pin_hash || current.role !== user.role) {
    throw new DomainError('UNAUTHENTICATED', 'That user cannot log in here. Pick your name again.')
  }
  if (!verified) {
    const failed = lockout.failed_attempts + 1
    const waitMs = waitAfterFailures(failed)
    const lockedUntil = waitMs > 0 ? toStoredTime(new Date(now.getTime() + waitMs)) : null
    // The count and its audit entry commit together: a crash cannot forget a wrong PIN.
    ctx.mutate((w) => w.users.recordFailedLogin(user.id, failed, lockedUntil), { action: 'session.login', user_id: user.id, target_id: user.id, outcome: 'failed' })
    if (lockedUntil) throw new LockedOutError(lockoutMessage(failed, waitMs), formatInZone(lockedUntil, ctx.zone()))
    throw new DomainError('UNAUTHENTICATED', WRONG_PIN, { pin: WRONG_PIN })
  }

  // Hashing parameters raised since this PIN was set: store a fresh hash now that we have the PIN.
  const rehashed = ctx.pins.needsRehash(user.pin_hash) ? await ctx.pins.hash(pin) : undefined
  ctx.mutate((w) => w.users.recordSuccessfulLogin(user.id, rehashed), { action: 'session.login', user_id: user.id, target_id: user.id })
  ctx.startSession({ user_id: user.id, name: user.name, role: user.role })
  return toUser(user)
}

const NOT_THE_RECOVERY_PASSPHRASE = 'That is not the recovery passphrase. Check it and try again.'

/**
 * The owner's way past a lockout: the recovery passphrase (it opens the data key itself) clears
 * the wrong-PIN count and logs them in. A wrong passphrase costs an argon2id unwrap (about a
 * second at MODERATE), which paces guessing, and each is audited.
 */
async function unlockOwner(ctx: HandlerContext, userId: string, passphrase: string) {
  const { users } = ctx.store
  const user = users.get(userId)
  if (!user || user.active !== 1 || user.role !== 'owner') throw new DomainError('UNAUTHENTICATED', 'Only an owner is unlocked with the recovery passphrase.')
  const wrap = ctx.store.recovery.get()
  if (!wrap) throw new DomainError('CONFLICT', 'No recovery passphrase is set for this salon: wait for the lockout to end.')
  if (!(await unwrapDataKey(wrap, passphrase))) {
    ctx.audit.read({ action: 'session.owner_unlock', user_id: null, target_id: user.id, outcome: 'failed' })
    throw validationError({ passphrase: NOT_THE_RECOVERY_PASSPHRASE }, NOT_THE_RECOVERY_PASSPHRASE)
  }
  ctx.mutate((w) => w.users.recordSuccessfulLogin(user.id), { action: 'session.owner_unlock', user_id: user.id, target_id: user.id })
  ctx.startSession({ user_id: user.id, name: user.name, role: user.role })
  return toUser(user)
}
