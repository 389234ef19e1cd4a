import { migrationNames } from '../../migrations'
import { failed, type VerifyReport } from '../backup/backup-check'
import { runInWorker } from './run-in-worker'

/**
 * Checks a backup through (db/backup/backup-check.ts `verifySealedBackup`: its seal under
 * `sealKey`, then the file) on a worker thread with its own read-only connection: both read the
 * whole file, seconds at a million customers. A worker that fails or dies reports a failed
 * check, never an exception or a hang.
 */
export async function verifyBackupInWorker(file: string, sealKey: Uint8Array): Promise<VerifyReport> {
  try {
    return await runInWorker('verify-backup', { file, knownMigrations: migrationNames, sealKey })
  } catch (error) {
    return failed(`It could not be checked (${error instanceof Error ? error.message : String(error)}).`)
  }
}
