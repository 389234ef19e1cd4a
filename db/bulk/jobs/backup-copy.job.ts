import Database from 'better-sqlite3'
import { verifyBackupFile, type VerifyReport } from '../../backup/backup-check'
import type { JobInput, ReportProgress } from '../protocol'

/** Pages per step (16 MiB at 4 KiB pages): progress is reported between steps; the copy's snapshot holds across them. */
const PAGES_PER_STEP = 4096

/**
 * In the worker: a verified backup's copy and check. SQLite's online backup runs on the
 * worker's own read-only connection inside one read transaction: the copy is one consistent
 * point in time, and SQLite does not restart it each time the main connection commits (it
 * would, for a copy taken through a second connection without one). Then the copy is checked
 * through. A copy that cannot be written throws; a copy that fails its check is a report.
 */
export async function backupCopyJob(input: JobInput<'backup-copy'>, report: ReportProgress): Promise<VerifyReport> {
  const source = new Database(input.source, { readonly: true, fileMustExist: true })
  try {
    source.prepare('BEGIN').run()
    source.prepare('SELECT count(*) FROM sqlite_schema').get() // takes the snapshot now
    await source.backup(input.destination, {
      progress: ({ totalPages, remainingPages }) => {
        report(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages)
        return input.pagesPerStep ?? PAGES_PER_STEP
      },
    })
    source.prepare('COMMIT').run()
  } finally {
    source.close()
  }
  return verifyBackupFile(input.destination, input.knownMigrations)
}
