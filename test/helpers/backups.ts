import { prepareRestore, swapInBackup, type RestoreOptions } from '../../db/backup/restore'
import { FAST_PIN_HASHING, must, openTestCore, salonWithUsers } from './core'

export const PASSPHRASE = 'monsoon jasmine kettle 42'

/** What the recovery screen does with no core open: check the backup, then swap it in. */
export async function restoreClosed(options: RestoreOptions) {
  const key = await prepareRestore(options)
  return { key, keptAside: await swapInBackup(options) }
}

/** Real argon2id at its minimum cost, for PINs and the recovery passphrase. */
export const fast = { pinHashParams: FAST_PIN_HASHING, recoveryKdfParams: FAST_PIN_HASHING }

/** A set-up salon whose owner has set the recovery passphrase, so backups can be made. */
export async function salonWithPassphrase(start?: string) {
  const opened = await openTestCore(start ? { start } : {})
  const users = await salonWithUsers(opened.core)
  await must(users.owner, 'security.setRecoveryPassphrase', { passphrase: PASSPHRASE })
  return { ...opened, ...users }
}
