import { migrationNames } from '../../migrations'
import type { SealedCopyReport } from './protocol'
import { runInWorker } from './run-in-worker'

/**
 * A backup's copy (SQLite's online backup of the database at `source` into `destination`) and
 * its check, both on a worker thread with its own read-only connection: each step of the copy
 * writes and syncs the destination, and the check reads the whole copy. Rejects with a
 * BulkWorkerError when the copy cannot be made; a copy that fails its check is a report.
 */
export function copyAndVerifyInWorker(
  source: string,
  destination: string,
  seal: { key: Uint8Array; at: string },
  onProgress?: (fraction: number) => void,
  /** Smaller steps for tests that commit between them; the default suits the app. */
  pagesPerStep?: number,
): Promise<SealedCopyReport> {
  const input = { source, destination, knownMigrations: migrationNames, sealKey: seal.key, sealedAt: seal.at, ...(pagesPerStep ? { pagesPerStep } : {}) }
  return runInWorker('backup-copy', input, onProgress ? { onProgress } : {})
}

/** A checked backup copied into place by a restore (SQLite's online backup), on a worker thread. */
export async function copyDatabaseInWorker(source: string, destination: string): Promise<void> {
  await runInWorker('copy-database', { source, destination })
}
