/**
 * Money is integer paise everywhere; rupees exist only here, for display and for what the user
 * types. No floating-point arithmetic touches an amount.
 */

const INR = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' })
const INR_COMPACT = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', notation: 'compact', maximumFractionDigits: 1 })

/** 12345 → "123.45" as an exact decimal string (Intl formats strings without binary rounding). */
function paiseToDecimal(paise: number): `${number}` {
  const sign = paise < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(paise))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}` as `${number}`
}

/** ₹25,000.00 (lakh grouping). */
export const formatPaise = (paise: number): string => INR.format(paiseToDecimal(paise))

/** ₹1.2L, ₹45K: for chart axes only. */
export const formatPaiseCompact = (paise: number): string => INR_COMPACT.format(paiseToDecimal(paise))

export type ParsedAmount = { ok: true; paise: number } | { ok: false; message: string }

const MAX_PAISE = 1_000_000_000

/**
 * What the user typed, in rupees ("1,200", "₹450.5", "99.99"), as exact integer paise, by
 * reading the digits: never through a float.
 */
export function parseRupees(text: string): ParsedAmount {
  const cleaned = text.replace(/[₹,\s]/g, '')
  if (cleaned === '') return { ok: false, message: 'Enter an amount.' }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned)
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, message: 'Use rupees, like 450 or 450.50.' }
  const whole = match[1] ?? ''
  const fraction = match[2] ?? ''
  if (fraction.length > 2) return { ok: false, message: 'At most 2 digits after the point (paise).' }
  if (whole.replace(/^0+/, '').length > 8) return { ok: false, message: 'That amount is too large.' }
  const paise = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'))
  if (paise > MAX_PAISE) return { ok: false, message: 'That amount is too large.' }
  return { ok: true, paise }
}

/** 120050 → "1200.50", 120000 → "1200": how an amount is put back into a text field. */
export function paiseToInput(paise: number): string {
  const whole = Math.floor(paise / 100)
  const rest = paise % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`
}
