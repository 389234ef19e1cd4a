import type { Access, MethodSpec } from '../../electron/core/contract/define'
import type { ErrorCode } from '../../electron/core/contract/result'
import { ROLES } from '../../vocabulary'

/** What each code tells the caller. A Record, so a new ErrorCode fails type checking until it is described here. */
export const ERROR_MEANINGS: Readonly<Record<ErrorCode, string>> = {
  VALIDATION:
    'The input does not fit: a field is missing, of the wrong type, too long, or not a field of this method at all (inputs are strict objects); or the store found a value it cannot accept (a phone that is not a phone, a PIN too short for the role, a folder it cannot write to). `fields` maps each field (a dotted path when nested, e.g. `items.0.name`) to what is wrong with it. An unknown method, and an input that is not plain JSON or is too large, are VALIDATION too.',
  NOT_FOUND: 'The record the input names does not exist, or is deleted where the method works on live records only.',
  CONFLICT:
    'The request clashes with the data as it stands: a phone another customer holds (`conflict` names that customer and whether they are deleted, so the screen can link to them), a name another user has, a bill already refunded, an erased customer, a backup already running (or no recovery passphrase yet to make one), setup already done.',
  FORBIDDEN:
    "The logged-in user's role may not do this; staff also get it from `queue.setStatus` for anything but starting or finishing a service. The desktop shell answers it to a window that is not Parlour's own; the core answers it to a staff session whose answer would carry a customer field (a second wall that should never be reached).",
  UNAUTHENTICATED:
    'No one is logged in on this window: never, or the session has ended (logout, idle timeout, a change to the user, a restore). `session.login` answers it for a user who cannot log in and for a wrong PIN. A closed window answers it to everything, and so does every method but `app.*` while the data waits for its passphrase (see above).',
  LOCKED_OUT: 'Too many wrong PINs: `locked_until` says when the user may try again (salon-zone ISO-8601). The count survives restarts; the owner can clear it with `users.update` and `unlock: true`.',
  RATE_LIMITED:
    'Far more calls of this kind than a person makes (today: `customers.search` faster than anyone types): the calls are paused for the user and `retry_after_seconds` says how long. The first refusal of a burst is audited once and shown to the owner (`audit.notices`); the rest of the burst is refused without a row each.',
  SETUP_REQUIRED: 'No user exists yet: create the owner with `session.setupOwner` first. Only the methods that do not list this code work before setup.',
  INTERNAL:
    'Something unexpected failed and nothing was saved (or a stored value failed its integrity check and was not shown). The details are logged, without PII; the message asks the person to try again.',
}

/** Every code, in the order result.ts declares them. */
export const ERROR_CODES = Object.keys(ERROR_MEANINGS) as ErrorCode[]

/** Whether only some roles may call (a list that leaves a role out): the pipeline refuses the others with FORBIDDEN. */
export const isRoleRestricted = (access: Access): boolean => typeof access !== 'string' && ROLES.some((role) => !access.includes(role))

/**
 * The codes the call pipeline (electron/core/connection.ts) can answer before a handler runs:
 * VALIDATION and INTERNAL for every method; UNAUTHENTICATED and SETUP_REQUIRED unless anyone
 * may call; FORBIDDEN when only some roles may.
 */
export function pipelineCodes(access: Access): ErrorCode[] {
  const codes: ErrorCode[] = ['VALIDATION', 'INTERNAL']
  if (access !== 'anyone') codes.push('UNAUTHENTICATED', 'SETUP_REQUIRED')
  if (isRoleRestricted(access)) codes.push('FORBIDDEN')
  return codes
}

/** Everything a method can answer: the pipeline's codes and those its slice declares, in ERROR_CODES order. */
export function errorCodesOf(spec: Pick<MethodSpec, 'access' | 'errors'>): ErrorCode[] {
  const codes = new Set<ErrorCode>([...pipelineCodes(spec.access), ...(spec.errors ?? [])])
  return ERROR_CODES.filter((code) => codes.has(code))
}
