import { toStoredTime } from '../../../db/clock'
import { validationError } from '../../../db/errors'
import { recoveryPassphraseProblem, wrapDataKey } from '../../../db/key-recovery/key-recovery'
import { formatInZone } from '../../../db/zoned-time'
import type { HandlerContext, HandlersFor } from '../context'
import type { RecoveryStatus } from './security.shapes'

const recoveryStatus = (ctx: HandlerContext): RecoveryStatus => {
  const wrap = ctx.store.recovery.get()
  return { passphrase_set: wrap !== undefined, set_at: wrap ? formatInZone(wrap.set_at, ctx.zone()) : null }
}

export const securityHandlers: HandlersFor<'security.recoveryStatus' | 'security.setRecoveryPassphrase'> = {
  'security.recoveryStatus': (ctx) => recoveryStatus(ctx),

  'security.setRecoveryPassphrase': async (ctx, input) => {
    const problem = recoveryPassphraseProblem(input.passphrase)
    if (problem) throw validationError({ passphrase: problem }, problem)
    // The slow argon2id derivation runs before the write, outside any transaction.
    const wrap = await wrapDataKey(ctx.dataKey, input.passphrase, toStoredTime(ctx.clock()), ctx.recoveryKdf)
    ctx.mutate((w) => w.recovery.set(wrap), { action: 'security.recovery_passphrase_set', target_id: 'key_recovery' })
    return recoveryStatus(ctx)
  },
}
