import { prepareRestore, swapInBackup } from '../../db/backup/restore'
import type { Logger } from '../core/context'
import type { Result } from '../core/contract'
import { errorToResult } from '../core/envelope'
import { salonZoneOf } from './recovery-backups'
import { fileStamp } from '../../db/zoned-time'

export type SwapOutcome =
  | { ok: true; key: Uint8Array; keptAside: string | null }
  /** `closed`: `beforeSwap` ran (a core serving the damaged file was closed) before the swap failed. */
  | { ok: false; result: Result<never>; closed: boolean }

const SWAP_FAILED: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The backup could not be put in place (is the disk full?). Nothing has been changed: the damaged file is where it was. Try again, or contact support.' },
}

/**
 * The recovery screen's restore: db/backup/restore.ts `restoreBackup` in its two steps, so a core
 * still serving the damaged file is closed only once the backup has checked out. First the
 * backup is verified and its key found (the current key, or the one its recovery passphrase
 * unwraps): a bad file or a wrong passphrase changes nothing. Then the damaged file (and its
 * -wal/-shm) is renamed aside under a name no earlier copy has, never deleted, and the backup is
 * copied into place. Failures are envelopes, as the core would answer them.
 */
export async function swapInVerifiedBackup(options: {
  databasePath: string
  file: string
  passphrase: string | undefined
  currentKey: Uint8Array | null
  now: Date
  logger: Logger
  beforeSwap: () => Promise<void>
}): Promise<SwapOutcome> {
  const { databasePath, file, logger } = options
  let key: Uint8Array
  try {
    key = await prepareRestore({ backupFile: file, currentKey: options.currentKey ?? undefined, passphrase: options.passphrase })
  } catch (error) {
    return { ok: false, closed: false, result: errorToResult(error, 'app.restoreBackup', logger) }
  }
  try {
    await options.beforeSwap()
  } catch (error) {
    logger.error('could not close the damaged database cleanly before restoring', { name: error instanceof Error ? error.name : 'unknown' })
  }
  try {
    const keptAside = await swapInBackup({ databasePath, backupFile: file, stamp: fileStamp(options.now, salonZoneOf(file)) })
    return { ok: true, key, keptAside }
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
    logger.error('could not put the backup in place; the damaged file was put back', { name: error instanceof Error ? error.name : 'unknown', code })
    return { ok: false, closed: true, result: SWAP_FAILED }
  }
}
