import { migrationNames } from '../../migrations'
import type { VerifyReport } from '../backup/backup-check'
import { runInWorker } from './run-in-worker'

/**
 * Checks a backup copy through (db/backup/backup-check.ts) on a worker thread with its own
 * read-only connection: integrity_check reads the whole file, seconds at a million customers.
 * A worker that fails or dies reports a failed check, never an exception or a hang.
 */
export async function verifyBackupInWorker(file: string): Promise<VerifyReport> {
  try {
    return await runInWorker('verify-backup', { file, knownMigrations: migrationNames })
  } catch (error) {
    const problem = `It could not be checked (${error instanceof Error ? error.message : String(error)}).`
    return { ok: false, problems: [problem], schema: '', customers: 0, bills: 0, has_recovery_key: false }
  }
}
