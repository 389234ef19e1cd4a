/**
 * Money is integer paise everywhere; rupees exist only for display (the shared tier's
 * vocabulary/money.ts, which the core's texts use too) and here, for what the user types. No
 * floating-point arithmetic touches an amount.
 */
import { formatRupees, formatRupeesCompact, LIMITS } from '../../../vocabulary'

/** ₹25,000.00 (lakh grouping). */
export const formatPaise = formatRupees

/** ₹1.2L, ₹45K: for chart axes only. */
export const formatPaiseCompact = formatRupeesCompact

export type ParsedAmount = { ok: true; paise: number } | { ok: false; message: string }

const MAX_PAISE = LIMITS.amountPaise

/** The zero of each Indian script's digits (and full-width), so "६५०" reads as 650. */
const DIGIT_ZEROS = [0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0660, 0x06f0, 0xff10]

/** Digits of any script above as ASCII digits; everything else unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9)
    return zero === undefined ? digit : String(code - zero)
  })
}

/**
 * What people write around an amount, taken off before the digits are read: "₹", "Rs.", "Rs",
 * "INR" in front; "/-" (the way amounts are written on Indian bills), "rupees" behind;
 * thousands separators and spaces anywhere.
 */
function bareAmount(text: string): string {
  return asciiDigits(text)
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, '')
    .replace(/\s*(\/-|\/|-\/-|rs\.?|rupees?|₹)$/i, '')
    .replace(/[,\s]/g, '')
}

/**
 * What the user typed, in rupees, as exact integer paise, by reading the digits: never through
 * a float. Takes amounts as people write them: "1,200", "₹450.5", "650/-", "Rs. 650", "INR 650",
 * Devanagari (and other Indian) digits.
 */
export function parseRupees(text: string): ParsedAmount {
  const cleaned = bareAmount(text)
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

/** A discount as typed: rupees ("100", "₹100") or a percentage of the subtotal ("10%", "12.5 %"), in basis points. */
export type ParsedDiscount = { ok: true; kind: 'rupees'; paise: number } | { ok: true; kind: 'percent'; basisPoints: number } | { ok: false; message: string }

export function parseDiscount(text: string): ParsedDiscount {
  const percent = /^(.*?)\s*%$/.exec(asciiDigits(text).trim())
  if (!percent) {
    const rupees = parseRupees(text)
    return rupees.ok ? { ok: true, kind: 'rupees', paise: rupees.paise } : { ok: false, message: `${rupees.message.replace(/\.$/, '')}, or a percentage like 10%.` }
  }
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec((percent[1] ?? '').replace(/\s/g, ''))
  if (!match) return { ok: false, message: 'Use a percentage like 10% or 12.5%.' }
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (basisPoints > 10_000) return { ok: false, message: 'A discount cannot be more than 100%.' }
  return { ok: true, kind: 'percent', basisPoints }
}

/**
 * `basisPoints` of `subtotal` paise, to the nearest paisa (halves up), in integers: 10% of
 * ₹650.00 is ₹65.00; 12.5% of ₹99.99 is ₹12.50.
 */
export function percentOf(subtotal: number, basisPoints: number): number {
  return Math.floor((subtotal * basisPoints + 5_000) / 10_000)
}

/** 120050 → "1200.50", 120000 → "1200": how an amount is put back into a text field. */
export function paiseToInput(paise: number): string {
  const whole = Math.floor(paise / 100)
  const rest = paise % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`
}
