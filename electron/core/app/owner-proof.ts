import { validationError } from '../../../db/errors'
import { readRecoveryWrap, unwrapDataKey, type RecoveryWrap } from '../../../db/key-recovery/key-recovery'

export const OWNER_PASSPHRASE_NEEDED = 'Enter the owner’s recovery passphrase: only the owner restores a backup.'
export const NOT_THE_PASSPHRASE = 'That is not the recovery passphrase of this salon. Check it and try again.'
const NO_WRAP = 'Parlour cannot check the recovery passphrase against this file. Choose a backup Parlour made.'

/** The wrapped data key kept in a file, or null when it has none or cannot be read (damaged data, not a database). */
function wrapIn(path: string): RecoveryWrap | null {
  try {
    return readRecoveryWrap(path)
  } catch {
    return null
  }
}

/**
 * Where nobody can log in (damaged data), the recovery passphrase stands in for the owner's login:
 * it must open the wrapped key kept in the damaged database (when that can still be read) or in
 * the backup itself (which always carries the salon's). Throws VALIDATION on the passphrase field.
 */
export async function proveOwnerByPassphrase(databasePath: string, backupFile: string, passphrase: string | undefined): Promise<void> {
  if (!passphrase) throw validationError({ passphrase: OWNER_PASSPHRASE_NEEDED }, OWNER_PASSPHRASE_NEEDED)
  const wraps = [wrapIn(databasePath), wrapIn(backupFile)].filter((wrap): wrap is RecoveryWrap => wrap !== null)
  if (wraps.length === 0) throw validationError({ file: NO_WRAP }, NO_WRAP)
  for (const wrap of wraps) {
    if (await unwrapDataKey(wrap, passphrase)) return
  }
  throw validationError({ passphrase: NOT_THE_PASSPHRASE }, NOT_THE_PASSPHRASE)
}
