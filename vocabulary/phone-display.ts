/**
 * How a phone reads on screen and in the core's words. Phones are stored and sent in E.164; an
 * Indian mobile (+91 and 10 digits, nearly every number) is grouped 5 and 5 as people say it.
 */

const INDIAN_MOBILE = /^\+91(\d{5})(\d{5})$/

/** What hides a digit in a masked phone. */
export const HIDDEN_DIGIT = '•'

/** "+919876543210" → "+91 98765 43210"; any other number as given. */
export function formatPhone(e164: string): string {
  const india = INDIAN_MOBILE.exec(e164)
  return india ? `+91 ${india[1]} ${india[2]}` : e164
}

/**
 * An Indian mobile grouped as formatPhone groups it, every digit but the last 4 hidden:
 * "+919876543210" → "+91 ••••• •3210". Null for any other number (the data layer masks those by
 * their country's length).
 */
export function maskedIndianMobile(e164: string): string | null {
  if (!INDIAN_MOBILE.test(e164)) return null
  return `+91 ${HIDDEN_DIGIT.repeat(5)} ${HIDDEN_DIGIT}${e164.slice(-4)}`
}
