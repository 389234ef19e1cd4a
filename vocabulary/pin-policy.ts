import type { Role } from './index'

/**
 * What a PIN may be, decided once: the core refuses a new PIN by it, and the screens check and
 * describe it with the same rule before asking. A PIN is 6 to 12 digits and not one of the first
 * PINs anyone tries; an owner may use a passphrase of at least 8 characters instead.
 */
export const PIN_DIGITS = { min: 6, max: 12 } as const
export const PASSPHRASE_MIN_LENGTH = 8

/** Roles that may log in with a passphrase instead of a PIN. */
export const PASSPHRASE_ROLES: readonly Role[] = ['owner']
export const mayUsePassphrase = (role: Role): boolean => PASSPHRASE_ROLES.includes(role)

const DIGITS = new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`)

/** 6 to 12 digits, whatever they are. */
export const isPinShaped = (pin: string): boolean => DIGITS.test(pin)

/** At least 8 characters, with no space before or after (a passphrase typed as it will be typed again). */
export const isPassphraseShaped = (secret: string): boolean => secret.length >= PASSPHRASE_MIN_LENGTH && secret.trim().length === secret.length

/** 111111, 123456, 987654: the first PINs anyone tries (a repeated digit or a straight run). */
export function isGuessable(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((digit, i) => digit - (digits[i] as number)))
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] as number)
}

/** "6 to 12 digits": a PIN field's hint. */
export const PIN_HINT = `${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits`

/** A new PIN's hint for a role: an owner's adds "or a passphrase of 8+ characters". */
export const pinHint = (role: Role): string => (mayUsePassphrase(role) ? `${PIN_HINT}, or a passphrase of ${PASSPHRASE_MIN_LENGTH}+ characters` : PIN_HINT)

/** What is wrong with a proposed PIN for this role, or undefined when it is acceptable. */
export function pinProblem(pin: string, role: Role): string | undefined {
  if (isPinShaped(pin)) return isGuessable(pin) ? `Choose a PIN that is not a repeated digit or a straight run like 123456.` : undefined
  if (mayUsePassphrase(role)) {
    if (isPassphraseShaped(pin)) return undefined
    return `Use a PIN of ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits, or a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters.`
  }
  return `The PIN must be ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits.`
}
