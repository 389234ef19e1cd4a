import { z } from 'zod'
import { method, returns } from '../contract/define'
import { absolutePath, empty, text } from '../contract/schemas'
import type { BackupInfo, BackupStatus, RestoreResult } from './backup.shapes'

const path = absolutePath

export const backupContract = {
  /** A verified backup now, to the owner's folder (default: the backups folder beside the data). */
  'backup.run': method({ input: z.strictObject({ folder: path().optional() }), output: returns<BackupInfo>(), errors: ['CONFLICT'] }),
  'backup.list': method({ input: empty, output: returns<BackupInfo[]>() }),
  /** Poll while a backup runs: progress from 0 to 1. */
  'backup.status': method({ input: empty, output: returns<BackupStatus>(), polled: true }),
  /** Verifies the backup, keeps the current data aside, swaps the backup in and re-applies erasures. Everyone logs in again. */
  'backup.restore': method({
    input: z.strictObject({ file: path(), passphrase: text(256).optional() }),
    output: returns<RestoreResult>(),
    errors: ['CONFLICT'],
  }),
} as const
