import { validationError } from '../../../db/errors'
import type { HandlerContext } from '../context'

export const PIN_TAKEN = 'This PIN is already in use. Choose another one.'

/**
 * Refuses a PIN another active user already has, without saying whose: two people with one PIN
 * could sign each other's bills. Each check is one argon2id verify on the worker (a salon has a
 * handful of users), made before the change so a refusal changes nothing.
 */
export async function refusePinInUse(ctx: HandlerContext, pin: string, exceptUserId: string | null): Promise<void> {
  for (const user of ctx.store.users.list()) {
    if (user.id === exceptUserId || user.active !== 1) continue
    if (await ctx.pins.verify(user.pin_hash, pin)) throw validationError({ pin: PIN_TAKEN }, PIN_TAKEN)
  }
}
