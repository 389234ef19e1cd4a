import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, text } from '../contract/schemas'
import type { RecoveryStatus } from './security.shapes'

const passphrase = text(256).min(1, 'Enter the passphrase.')

export const securityContract = {
  /** Whether a recovery passphrase protects a copy of the data key (needed to restore on a new PC). */
  'security.recoveryStatus': method({ input: empty, output: returns<RecoveryStatus>() }),
  /** Sets or changes the recovery passphrase (12+ characters): it wraps a copy of the data key kept in the database, so a backup plus the passphrase opens on a new PC. */
  'security.setRecoveryPassphrase': method({ input: z.strictObject({ passphrase }), output: returns<RecoveryStatus>() }),
} as const
