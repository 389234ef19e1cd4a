import { z } from 'zod'
import { method, returns } from './define'
import { empty, text } from './schemas'
import type { AppStatus, RecoveryStatus } from './shapes'

const passphrase = text(256).min(1, 'Enter the passphrase.')

export const appContract = {
  /** Can the data be opened? The first call every window makes. */
  'app.status': method({ input: empty, access: 'anyone', output: returns<AppStatus>() }),
  /** Opens the data with the owner's recovery passphrase (when the OS key store cannot). */
  'app.unlock': method({ input: z.strictObject({ passphrase }), access: 'anyone', output: returns<AppStatus>() }),
  /** First run on a weak OS key store: sets the recovery passphrase that protects the new data key. */
  'app.createPassphrase': method({ input: z.strictObject({ passphrase }), access: 'anyone', output: returns<AppStatus>() }),
  /** Whether a recovery passphrase protects a copy of the data key (needed to restore on a new PC). */
  'security.recoveryStatus': method({ input: empty, access: ['owner'], output: returns<RecoveryStatus>() }),
  /** Sets or changes the recovery passphrase (12+ characters): it wraps a copy of the data key kept in the database, so a backup plus the passphrase opens on a new PC. */
  'security.setRecoveryPassphrase': method({ input: z.strictObject({ passphrase }), access: ['owner'], output: returns<RecoveryStatus>() }),
} as const
