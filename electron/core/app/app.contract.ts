import { z } from 'zod'
import { appMethod, returns } from '../contract/define'
import { absolutePath, empty, text } from '../contract/schemas'
import type { BackupInfo } from '../backup/backup.shapes'
import type { AppStatus } from './app.shapes'
import { PICK_PATH_KINDS } from './file-dialogs'

const passphrase = text(256).min(1, 'Enter the passphrase.')

/** The app's life before and around the data: answered in every state (first run, locked, damaged, ready). */
export const appContract = {
  /** Can the data be opened? The first call every window makes. */
  'app.status': appMethod({ input: empty, output: returns<AppStatus>() }),
  /** Opens the data with the owner's recovery passphrase (when the OS key store cannot). */
  'app.unlock': appMethod({ input: z.strictObject({ passphrase }), output: returns<AppStatus>() }),
  /** First run on a weak OS key store: sets the recovery passphrase that protects the new data key. */
  'app.createPassphrase': appMethod({ input: z.strictObject({ passphrase }), output: returns<AppStatus>() }),
  /**
   * Restore without logging in, allowed only where no one can log in: on a new PC before setup
   * (with the recovery passphrase), or from the recovery screen when the database is damaged
   * (the key is known, so no passphrase is needed).
   */
  'app.restoreBackup': appMethod({
    input: z.strictObject({ file: absolutePath(), passphrase: text(256).optional() }),
    output: returns<AppStatus>(),
    errors: ['CONFLICT', 'UNAUTHENTICATED'],
  }),
  /** Backups that could be restored from the setup or recovery screen, newest first. */
  'app.recoveryOptions': appMethod({ input: empty, output: returns<{ backups: BackupInfo[] }>(), errors: ['UNAUTHENTICATED'] }),
  /**
   * A path from the system's file dialog, over the calling window; `{ path: null }` when
   * cancelled or where there are no dialogs (then the screens offer a typed path or the default).
   * Only where someone may choose files: the owner, or anyone while no one can log in (first
   * run, a locked or damaged database).
   */
  'app.pickPath': appMethod({
    input: z.strictObject({ kind: z.enum(PICK_PATH_KINDS), suggested_name: text(200).optional() }),
    output: returns<{ path: string | null }>(),
    errors: ['FORBIDDEN'],
  }),
} as const
