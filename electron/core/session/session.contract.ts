import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id, requiredText, text } from '../contract/schemas'
import type { SessionState } from './session.shapes'
import type { User } from '../users/users.shapes'
import { LIMITS } from '../../../vocabulary'

const pin = text(LIMITS.pinAsTyped).min(1, 'Enter a PIN.')

export const sessionContract = {
  'session.state': method({ input: empty, output: returns<SessionState>() }),
  'session.setupOwner': method({
    input: z.strictObject({ name: requiredText(60), pin }),
    output: returns<User>(),
    errors: ['CONFLICT'],
  }),
  'session.login': method({ input: z.strictObject({ user_id: id(), pin }), output: returns<User>(), errors: ['UNAUTHENTICATED', 'LOCKED_OUT', 'SETUP_REQUIRED'] }),
  /** An owner locked out (anyone at the login screen can lock them out by guessing): the salon's recovery passphrase clears the lockout and logs them in. */
  'session.unlockOwner': method({
    input: z.strictObject({ user_id: id(), passphrase: text(256).min(1, 'Enter the recovery passphrase.') }),
    output: returns<User>(),
    errors: ['UNAUTHENTICATED', 'CONFLICT', 'SETUP_REQUIRED'],
  }),
  'session.logout': method({ input: empty, output: returns<null>() }),
} as const
