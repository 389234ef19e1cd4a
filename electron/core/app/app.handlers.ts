import { DomainError } from '../../../db/errors'
import { backupInfo } from '../backup/backup-info'
import type { AppContext, AppHandlersFor } from '../context'
import { proveOwnerByPassphrase } from './owner-proof'
import { backupsFolderOf, recoveryBackups } from './recovery-backups'

/** Without open data, restores and backup lists are refused as every data method is: unlock first, or the data cannot open. */
async function refuseWithoutData(ctx: AppContext): Promise<never> {
  const status = await ctx.gate.status()
  if (status.state === 'database-problem') throw new DomainError('INTERNAL', 'Parlour cannot open its data. Nothing has been changed.')
  throw new DomainError('UNAUTHENTICATED', 'Unlock Parlour first.')
}

/** The owner may choose files; so may anyone while no one can log in (first run, locked or damaged data). */
function mayPickPaths(ctx: AppContext): boolean {
  if (!ctx.data || ctx.gate.inRecovery()) return true
  if (!ctx.data.store.users.exists()) return true
  return ctx.session?.role === 'owner'
}

/** Answered in every state of the app: these methods find out whether (and how) the data opens. */
export const appHandlers: AppHandlersFor<'app.status' | 'app.unlock' | 'app.createPassphrase' | 'app.restoreBackup' | 'app.recoveryOptions' | 'app.pickPath'> = {
  'app.status': (ctx) => ctx.gate.status(),
  'app.unlock': (ctx, input) => ctx.gate.unlock(input.passphrase),
  'app.createPassphrase': (ctx, input) => ctx.gate.createPassphrase(input.passphrase),

  // Only where no one can log in to use Admin → Backups: a new PC before setup, or damaged data.
  'app.restoreBackup': async (ctx, input) => {
    if (!ctx.gate.inRecovery()) {
      if (!ctx.data) return refuseWithoutData(ctx)
      if (ctx.data.store.users.exists()) throw new DomainError('CONFLICT', 'Parlour is already set up here: the owner restores backups from Admin → Backups.')
      await ctx.gate.restore(input.file, input.passphrase, null)
      return ctx.gate.status()
    }
    // Damaged data: still only the owner restores, logged in (the data may still be serving) or
    // proven by the recovery passphrase; a staff window cannot roll the salon back.
    const owner = ctx.session?.role === 'owner' ? ctx.session.user_id : null
    if (!owner) await proveOwnerByPassphrase(ctx.databasePath, input.file, input.passphrase)
    await ctx.gate.restore(input.file, input.passphrase, owner)
    return ctx.gate.status()
  },

  'app.recoveryOptions': async (ctx) => {
    // Damaged data: the verified backups beside it (a backup kept elsewhere is picked with app.pickPath).
    if (ctx.gate.inRecovery()) return { backups: recoveryBackups(ctx.databasePath) }
    // A new PC before setup, looking for the backup it was given.
    const data = ctx.data ?? (await refuseWithoutData(ctx))
    if (data.store.users.exists()) return { backups: [] }
    const zone = data.store.settings.get().time_zone
    return { backups: data.backups.list().map((manifest) => backupInfo(manifest, zone)) }
  },

  'app.pickPath': async (ctx, input) => {
    if (!ctx.pickPath) return { path: null }
    if (!mayPickPaths(ctx)) throw new DomainError('FORBIDDEN', 'Only the owner chooses files and folders.')
    try {
      return { path: await ctx.pickPath(ctx.origin, { ...input, backups_folder: backupsFolderOf(ctx.data, ctx.databasePath) }) }
    } catch {
      throw new DomainError('INTERNAL', 'The file dialog could not be shown. Type the path instead.')
    }
  },
}
