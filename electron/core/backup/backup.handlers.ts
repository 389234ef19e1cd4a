import type { HandlersFor } from '../context'
import { backupInfo } from './backup-info'

export const backupHandlers: HandlersFor<'backup.run' | 'backup.list' | 'backup.status' | 'backup.restore'> = {
  'backup.run': async (ctx, input) => {
    const manifest = await ctx.backups.run('manual', input.folder)
    // The backup changes no row; its audit entry is a change of its own.
    ctx.recordAction({ action: 'backup.run', target_id: null })
    return backupInfo(manifest, ctx.zone())
  },

  'backup.list': (ctx) => ctx.backups.list().map((manifest) => backupInfo(manifest, ctx.zone())),

  'backup.status': (ctx) => {
    const status = ctx.backups.status()
    return { ...status, last: status.last ? backupInfo(status.last, ctx.zone()) : null, passphrase_set: ctx.store.recovery.get() !== undefined }
  },

  'backup.restore': (ctx, input) => ctx.gate.restore(input.file, input.passphrase, ctx.actor.user_id),
}
