import Database from 'better-sqlite3'
import { verifyBackupFile } from '../../backup/backup-check'
import { sealBackupFile } from '../../backup/backup-seal'
import { recoveryWrapIn } from '../../key-recovery/recovery-wrap'
import { withReadOnly } from '../../sqlite/readonly'
import type { JobInput, ReportProgress, SealedCopyReport } from '../protocol'

/** Pages per step (16 MiB at 4 KiB pages): progress is reported between steps; the copy's snapshot holds across them. */
const PAGES_PER_STEP = 4096

/**
 * In the worker: SQLite's online backup of `source` into `destination` on the worker's own
 * read-only connection inside one read transaction: the copy is one consistent point in time,
 * and SQLite does not restart it each time the main connection commits (it would, for a copy
 * taken through a second connection without one).
 */
export async function copyDatabase(source: string, destination: string, report: ReportProgress, pagesPerStep = PAGES_PER_STEP): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    db.prepare('BEGIN').run()
    db.prepare('SELECT count(*) FROM sqlite_schema').get() // takes the snapshot now
    await db.backup(destination, {
      progress: ({ totalPages, remainingPages }) => {
        report(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages)
        return pagesPerStep
      },
    })
    db.prepare('COMMIT').run()
  } finally {
    db.close()
  }
}

/**
 * In the worker: a backup's copy, its check, then its seal. A copy that cannot be written throws;
 * one that fails its check is a report and is not sealed.
 */
export async function backupCopyJob(input: JobInput<'backup-copy'>, report: ReportProgress): Promise<SealedCopyReport> {
  await copyDatabase(input.source, input.destination, report, input.pagesPerStep)
  const checked = verifyBackupFile(input.destination, input.knownMigrations)
  if (!checked.ok) return { ...checked, seal: null }
  // The copy's own recovery wrap goes into the seal: a new PC finds the key without opening the file.
  const recovery = withReadOnly(input.destination, recoveryWrapIn)
  return { ...checked, seal: sealBackupFile(input.destination, input.sealKey, recovery, input.sealedAt) }
}

/** In the worker: a restore's copy of a checked backup into place (the database is closed meanwhile). */
export const copyDatabaseJob = (input: JobInput<'copy-database'>, report: ReportProgress): Promise<void> => copyDatabase(input.source, input.destination, report)
