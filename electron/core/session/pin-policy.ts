import type { Role } from '../../../vocabulary'

const DIGITS = /^\d{6,12}$/

/** What is wrong with a proposed PIN for this role, or undefined when it is acceptable. */
export function pinProblem(pin: string, role: Role): string | undefined {
  if (DIGITS.test(pin)) return isGuessable(pin) ? 'Choose a PIN that is not a repeated digit or a straight run like 123456.' : undefined
  if (role === 'owner') {
    if (pin.length >= 8 && pin.trim().length === pin.length) return undefined
    return 'Use a PIN of 6 to 12 digits, or a passphrase of at least 8 characters.'
  }
  return 'The PIN must be 6 to 12 digits.'
}

/** 111111, 123456, 987654: the first PINs anyone tries. */
function isGuessable(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((digit, i) => digit - (digits[i] as number)))
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] as number)
}
