import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { HIDDEN_DIGIT, maskedIndianMobile } from '../../vocabulary'

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
  if (!parsed || !parsed.isValid()) return { ok: false, reason: whyNotAMobile(input) }
  // Indian numbers must be mobiles: the salon reaches customers by call, SMS and WhatsApp.
  if (parsed.country === 'IN') {
    const type = parsed.getType()
    if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return { ok: false, reason: whyNotAMobile(input) }
  }
  const e164 = parsed.number as E164
  return { ok: true, e164, last4: e164.slice(-4) }
}


/**
 * A phone as lists show it, every digit but the last 4 hidden, grouped as the number is read:
 * `+91 ••••• •3210` for an Indian mobile, `+44 ••••••0123` elsewhere. The whole number is for
 * the customer's page only. '' stays '' (a value that failed its integrity check).
 */
export function maskedPhone(e164: string): string {
  if (e164 === '') return ''
  // Nearly every number is an Indian mobile: no parse for those, a search shows 20 at a keystroke.
  const indian = maskedIndianMobile(e164)
  if (indian !== null) return indian
  const last4 = e164.slice(-4)
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) return `${HIDDEN_DIGIT.repeat(Math.max(0, e164.replace(/\D/g, '').length - 4))}${last4}`
  return `+${parsed.countryCallingCode} ${HIDDEN_DIGIT.repeat(Math.max(0, parsed.nationalNumber.length - 4))}${last4}`
}

/**
 * The national digits of a number written without an international prefix: a trunk 0 and a
 * leading 91 on twelve digits are dropped. Null for numbers written with + or 00 (international).
 */
function nationalDigits(input: string): string | null {
  const digits = input.replace(/\D/g, '')
  // 00 dials abroad only before a country code and a number: "0000000000" is ten national digits.
  if (/^\s*\+/.test(input) || (digits.startsWith('00') && digits.length > 11)) return null
  if (digits.length === 12 && digits.startsWith('91')) return digits.slice(2)
  return digits.replace(/^0(?=\d{10}$)/, '')
}

/** Why a number is not one Parlour accepts, in words a receptionist can act on (never echoing it). */
function whyNotAMobile(input: string): string {
  const national = nationalDigits(input)
  if (national === null) return INVALID_MESSAGE
  if (national.length !== 10) return `An Indian mobile number has 10 digits; this has ${national.length}.`
  if (!/^[6-9]/.test(national)) return 'Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.'
  return 'This is not a valid Indian mobile number. Check the digits, or enter an international number starting with +.'
}

/**
 * How the counter's search box reads a query: a name, the last 4 digits of a phone, a whole
 * mobile number, digits on the way to one, or digits that cannot be a mobile (and why).
 */
export type SearchReading =
  | { kind: 'name' }
  | { kind: 'last4'; digits: string }
  | { kind: 'phone'; e164: E164 }
  | { kind: 'partial-phone'; typed: number }
  | { kind: 'not-a-mobile'; reason: string }

export function readSearchQuery(raw: string): SearchReading {
  const query = classifyPhoneQuery(raw)
  if (query.kind === 'not-phone') return { kind: 'name' }
  if (query.kind === 'last4') return query
  if (query.kind === 'full') return { kind: 'phone', e164: query.e164 }
  const input = mapDevanagariDigits(raw.normalize('NFKC')).trim()
  const national = nationalDigits(input)
  const typed = input.replace(/\D/g, '').length
  // Still typing: fewer digits than a mobile has (an international number: fewer than 11).
  if (national === null ? typed < 11 : national.length < 10) return { kind: 'partial-phone', typed }
  return { kind: 'not-a-mobile', reason: whyNotAMobile(input) }
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
