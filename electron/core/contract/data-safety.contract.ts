import { z } from 'zod'
import { method, returns } from './define'
import { absolutePath, empty, id, requiredText, text } from './schemas'
import type { AppStatus, BackupInfo, BackupStatus, CsvExportResult, CustomerExportResult, ErasureResult, RestoreResult } from './shapes'

const owner = ['owner'] as const
const path = absolutePath

export const dataSafetyContract = {
  /** A verified backup now, to the owner's folder (default: the backups folder beside the data). */
  'backup.run': method({ input: z.strictObject({ folder: path().optional() }), access: owner, output: returns<BackupInfo>() }),
  'backup.list': method({ input: empty, access: owner, output: returns<BackupInfo[]>() }),
  /** Poll while a backup runs: progress from 0 to 1. */
  'backup.status': method({ input: empty, access: owner, output: returns<BackupStatus>() }),
  /** Verifies the backup, keeps the current data aside, swaps the backup in and re-applies erasures. Everyone logs in again. */
  'backup.restore': method({
    input: z.strictObject({ file: path(), passphrase: text(256).optional() }),
    access: owner,
    output: returns<RestoreResult>(),
  }),
  /**
   * Restore without logging in, allowed only where no one can log in: on a new PC before setup
   * (with the recovery passphrase), or from the shell's recovery screen when the database is
   * damaged (the key is known, so no passphrase is needed).
   */
  'app.restoreBackup': method({
    input: z.strictObject({ file: path(), passphrase: text(256).optional() }),
    access: 'anyone',
    output: returns<AppStatus>(),
  }),
  /** Backups that could be restored from the setup or recovery screen, newest first. */
  'app.recoveryOptions': method({ input: empty, access: 'anyone', output: returns<{ backups: BackupInfo[] }>() }),
  /** DPDP right to be forgotten. `confirm` must be the word ERASE, typed by the owner. */
  'customers.erase': method({
    input: z.strictObject({ id: id(), confirm: z.literal('ERASE', { message: 'Type ERASE to confirm.' }), basis: requiredText(200) }),
    access: owner,
    output: returns<ErasureResult>(),
  }),
  /** DPDP right to access: everything held about one customer, as JSON and a readable page. */
  'customers.export': method({ input: z.strictObject({ id: id(), folder: path().optional() }), access: owner, output: returns<CustomerExportResult>() }),
  /** Every customer as CSV (amounts in rupees and paise), to a file the owner picks. */
  'customers.exportCsv': method({ input: z.strictObject({ file: path().refine((value) => /\.csv$/i.test(value), 'The file name must end in .csv.').optional() }), access: owner, output: returns<CsvExportResult>() }),
  /**
   * Asks the desktop shell for a path with the system's file dialog. The core has no dialogs:
   * it answers `{ path: null }`, and the screens then offer a typed path or the default.
   */
  'app.pickPath': method({
    input: z.strictObject({ kind: z.enum(['folder', 'backup-file', 'save-csv']), suggested_name: text(200).optional() }),
    access: 'anyone',
    output: returns<{ path: string | null }>(),
  }),
} as const
