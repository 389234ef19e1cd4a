/**
 * People's names as typed at the counter, made safe to store and to show. One rule for every
 * name field (customers, walk-ins, anonymous bills), so what is stored is what is shown.
 */

/**
 * Characters that change how text displays without being seen: bidi overrides and isolates (a
 * U+202E turns "Priya" into "ayirP" on screen), marks, zero-width space and word joiner, BOM,
 * soft hyphen. ZWJ and ZWNJ (U+200D, U+200C) are kept: Indic scripts need them inside words.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu

/** Any run of whitespace, including the Unicode spaces (NBSP, ideographic space, line separators). */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu

/**
 * A name as stored: NFC, invisible and direction-control characters gone (a zero-width space
 * between two words reads as a space), whitespace of any kind collapsed to one space, trimmed.
 */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(/\u200B/g, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/** True when a cleaned name has something to show: a letter or a digit, not only marks and joiners. */
export const hasVisibleName = (cleaned: string): boolean => /[\p{L}\p{N}]/u.test(cleaned)

/** The name an erasure leaves on a customer and on the walk-ins and appointments they gave their own name for: staff see it whole. */
export const ERASED_NAME = 'Erased customer'

/**
 * What a stylist sees of a customer: the first word of the first name, letters only (an apostrophe
 * or hyphen inside a name stays: D'Souza, Mary-Ann). Digits and punctuation go ("Rohit_Verma_9845011111" → "Rohit", "Singh, Kabir" → "Singh"), so a phone
 * number or a surname typed into the first name never reaches the staff's screen.
 */
export function nameForStaff(firstName: string): string {
  if (firstName === ERASED_NAME) return ERASED_NAME
  const words = cleanName(firstName)
    // Words are letters and marks, with the joiners Indic scripts need (ZWJ written outside the
    // character classes: a class holding it reads as a joined sequence).
    .split(/(?:(?!\u200D)[^\p{L}\p{M}\u200C'’-])+/u)
    // An apostrophe or hyphen joins a name (D'Souza, Mary-Ann); at either end it is punctuation.
    .map((word) => word.replace(/^(?:[\u200C'’-]|\u200D)+|(?:[\u200C'’-]|\u200D)+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word))
  return words[0] ?? 'Guest'
}

/** An optional name as typed: cleaned, or undefined when nothing visible was given. */
export function visibleName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const cleaned = cleanName(text)
  return hasVisibleName(cleaned) ? cleaned : undefined
}
