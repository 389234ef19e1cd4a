import { DomainError } from '../../../db/errors'
import { backupInfo } from '../backup/backup-info'
import type { HandlersFor } from '../context'

/**
 * Once the core is open the data is open: the app.* answers are "ready". Before that, the
 * desktop shell answers them itself (it may need the recovery passphrase to get the key).
 */
export const appHandlers: HandlersFor<'app.status' | 'app.unlock' | 'app.createPassphrase' | 'app.restoreBackup' | 'app.recoveryOptions' | 'app.pickPath'> = {
  'app.status': () => ({ state: 'ready' }),
  'app.unlock': () => ({ state: 'ready' }),
  'app.createPassphrase': () => ({ state: 'ready' }),

  'app.restoreBackup': async (ctx, input) => {
    if (ctx.store.users.exists()) {
      throw new DomainError('CONFLICT', 'Parlour is already set up here: the owner restores backups from Admin → Backups.')
    }
    await ctx.restore(input.file, input.passphrase, null)
    return { state: 'ready' }
  },

  // Only before setup: a new PC looking for the backup it was given.
  'app.recoveryOptions': (ctx) => ({ backups: ctx.store.users.exists() ? [] : ctx.backups.list().map((manifest) => backupInfo(manifest, ctx.zone())) }),

  // The core has no dialogs: the desktop shell answers this one itself.
  'app.pickPath': () => ({ path: null }),
}
