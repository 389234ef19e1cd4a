import { verifyBackupFile } from '../../backup/backup-check'
import type { JobInput, JobOutput } from '../protocol'

/** In the worker: the whole-file check of a backup copy, on the worker's own read-only connection. */
export const verifyBackupJob = (input: JobInput<'verify-backup'>): JobOutput<'verify-backup'> => verifyBackupFile(input.file, input.knownMigrations)
