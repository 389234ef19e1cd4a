import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

/** A phone number in E.164 form (`+919876543210`): the only form stored, indexed or compared. */
export type E164 = string & { readonly __brand: 'E164' }

export type PhoneParse = { ok: true; e164: E164; last4: string } | { ok: false; reason: string }

const DEVANAGARI_ZERO = 0x0966
// Counter keyboards with a Hindi layout type Devanagari digits (०-९); they are the same digits,
// so they are mapped to ASCII rather than rejected. Any other script is rejected below.
const mapDevanagariDigits = (input: string): string =>
  input.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO))

// Digits and the separators people actually type. Letters are refused outright: libphonenumber
// would otherwise read "4321O" as a vanity number and quietly turn the letter O into a 6.
const ALLOWED = /^[0-9+\-().\s]+$/

const INVALID_MESSAGE = 'Enter a 10-digit Indian mobile number, or an international number starting with +.'

/** Normalise any common way of writing a phone number (default region India) to E.164. */
export function parsePhone(raw: string): PhoneParse {
  const input = mapDevanagariDigits(raw.normalize('NFKC')).trim()
  if (input.length === 0) return { ok: false, reason: 'Enter a phone number.' }
  if (input.length > 32 || !ALLOWED.test(input)) return { ok: false, reason: INVALID_MESSAGE }

  const parsed = parsePhoneNumberFromString(input, 'IN')
  if (!parsed || !parsed.isValid()) return { ok: false, reason: INVALID_MESSAGE }
  // Indian numbers must be mobiles: the salon reaches customers by call, SMS and WhatsApp.
  if (parsed.country === 'IN') {
    const type = parsed.getType()
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return { ok: false, reason: INVALID_MESSAGE }
  }
  const e164 = parsed.number as E164
  return { ok: true, e164, last4: e164.slice(-4) }
}

/** What a search box query looks like: digits-only queries are phone searches. */
export type PhoneQuery = { kind: 'last4'; digits: string } | { kind: 'full'; e164: E164 } | { kind: 'not-phone' } | { kind: 'partial-digits' }

export function classifyPhoneQuery(raw: string): PhoneQuery {
  const input = mapDevanagariDigits(raw.normalize('NFKC')).trim()
  if (!ALLOWED.test(input) || !/\d/.test(input)) return { kind: 'not-phone' }
  const digits = input.replace(/\D/g, '')
  if (digits.length === 4 && !input.includes('+')) return { kind: 'last4', digits }
  const parsed = parsePhone(input)
  if (parsed.ok) return { kind: 'full', e164: parsed.e164 }
  return { kind: 'partial-digits' }
}
