import { verifySealedBackup } from '../../backup/backup-check'
import type { JobInput, JobOutput } from '../protocol'

/** In the worker: a backup's seal, then its whole-file check on the worker's own read-only connection. */
export const verifyBackupJob = (input: JobInput<'verify-backup'>): JobOutput<'verify-backup'> => verifySealedBackup(input.file, input.sealKey, input.knownMigrations)
