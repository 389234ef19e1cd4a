/**
 * Money is integer paise everywhere (ARCHITECTURE rule 6); rupees exist only in display, and this
 * is the display: one formatter for the screens, the core's messages and texts, and later the
 * sync server. No floating point touches an amount: Intl formats an exact decimal string.
 */

const INR = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' })
const INR_COMPACT = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', notation: 'compact', maximumFractionDigits: 1 })

/** 12345 → "123.45", -50 → "-0.50": integer paise as an exact decimal string of rupees. */
export function paiseToDecimal(paise: number): `${number}` {
  const sign = paise < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(paise))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}` as `${number}`
}

/** ₹25,000.00 (lakh grouping): how every amount is shown and written. */
export const formatRupees = (paise: number): string => INR.format(paiseToDecimal(paise))

/** ₹1.2L, ₹45K: for chart axes only. */
export const formatRupeesCompact = (paise: number): string => INR_COMPACT.format(paiseToDecimal(paise))
