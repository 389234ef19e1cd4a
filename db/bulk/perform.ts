import { argon2DeriveJob, argon2HashJob, argon2VerifyJob } from './jobs/argon2.job'
import { backupCopyJob, copyDatabaseJob } from './jobs/backup-copy.job'
import { customersCsvJob } from './jobs/customers-csv.job'
import { eraseCsvRowsJob } from './jobs/erase-csv-rows.job'
import { verifyBackupJob } from './jobs/verify-backup.job'
import type { JobRequest, ReportProgress } from './protocol'

/** In the worker: runs one job by its kind. */
export async function perform(request: JobRequest, report: ReportProgress): Promise<unknown> {
  switch (request.kind) {
    case 'backup-copy':
      return backupCopyJob(request.input, report)
    case 'copy-database':
      return copyDatabaseJob(request.input, report)
    case 'customers-csv':
      return customersCsvJob(request.input)
    case 'erase-csv-rows':
      return eraseCsvRowsJob(request.input)
    case 'verify-backup':
      return verifyBackupJob(request.input)
    case 'argon2-derive':
      return argon2DeriveJob(request.input)
    case 'argon2-hash':
      return argon2HashJob(request.input)
    case 'argon2-verify':
      return argon2VerifyJob(request.input)
  }
}
