/**
 * The invoice series rule (CGST Rule 46(b); SYNC.md, "Numbers"), declared once: the core issues
 * numbers with `formatInvoiceNumber`, settings refuse a prefix with `invoicePrefixProblem`, the
 * renderer's settings form and the owner's notices say the same words. Pure: no Node, no DOM.
 *
 * A number is unique and consecutive within its series and financial year, and at most
 * 16 characters (letters, digits, `-` and `/`). A series is a prefix (the salon's setting), a
 * desk, a kind (sales; credit notes have their own series) and a financial year. The formats:
 *
 * - The desk code `local` (a desk that has never enrolled with a sync server: every desk today)
 *   adds nothing: `SAL-26-0042` and credit notes `SAL-CN-26-0003`, the sequence padded to 4
 *   digits. A desk that was alone before keeps these numbers.
 * - An enrolled desk's code (1 or 2 capital letters, given by the server, never reused) follows
 *   SYNC.md's example: `SAL/A/26/00042`, credit notes `SAL/AC/26/00003` (the credit-note mark `C`
 *   after the desk code), the sequence padded to 5 digits. Slashes keep every enrolled series
 *   apart from the local ones; a desk code never ends in `C` (`isDeskCode`), so desk A's credit
 *   notes can never be desk AC's sales.
 *
 * The longest number a series can reach in a financial year counts a 2-letter desk code, the
 * credit-note mark, the 2-digit year and a 5-digit sequence (99,999 bills a year), whatever desk
 * this is today: the prefix is the salon's, and any desk may enrol later. That is
 * `PREFIX/XYC/26/99999`, the prefix plus 13 characters, so a prefix has at most 3.
 */

/** What a series numbers: BillKind's values (the vocabulary imports nothing, not even itself; db/numbering passes a BillKind here, so a new kind fails to compile until it has a series). */
export type SeriesKind = 'sale' | 'refund'

/** CGST Rule 46(b): an invoice (or credit note) number has at most this many characters. */
export const INVOICE_NUMBER_MAX_LENGTH = 16
/** The desk code of a desk that has not enrolled with a sync server: it adds nothing to numbers. */
export const LOCAL_DESK = 'local'
/** The longest sequence the rule allows for: 99,999 numbers per series and financial year. */
export const SEQUENCE_MAX = 99_999
/** The longest desk code a sync server gives out, and the one the rule is checked with. */
const WIDEST_DESK = 'XY'

/** A sync server's desk code: 1 or 2 capital letters, never ending in the credit-note mark C. */
export function isDeskCode(code: string): boolean {
  return /^[A-Z]{1,2}$/.test(code) && !code.endsWith('C')
}

/** The Indian financial year (April to March) a date falls in, by its start year, read in UTC: for wording only (the core dates bills in the salon's zone). */
export function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1
}

/** Everything before the sequence: `SAL-26-`, `SAL-CN-26-`, `SAL/A/26/`, `SAL/AC/26/`. */
export function seriesStem(prefix: string, desk: string, kind: SeriesKind, fy: number): string {
  const yy = String(fy % 100).padStart(2, '0')
  if (desk === LOCAL_DESK) return kind === 'sale' ? `${prefix}-${yy}-` : `${prefix}-CN-${yy}-`
  if (!isDeskCode(desk)) throw new Error(`Not a desk code: ${desk}`)
  return `${prefix}/${desk}${kind === 'sale' ? '' : 'C'}/${yy}/`
}

/** The `sequence`-th number of a series: `SAL-26-0042`, `SAL/A/26/00042`. */
export function formatInvoiceNumber(prefix: string, desk: string, kind: SeriesKind, fy: number, sequence: number): string {
  return `${seriesStem(prefix, desk, kind, fy)}${String(sequence).padStart(desk === LOCAL_DESK ? 4 : 5, '0')}`
}

/** The longest number any series with this prefix can reach in a financial year, on any desk (a credit note of a 2-letter desk). */
export function longestInvoiceNumber(prefix: string, fy: number): string {
  const candidates = [LOCAL_DESK, WIDEST_DESK].flatMap((desk) => (['sale', 'refund'] as const).map((kind) => formatInvoiceNumber(prefix, desk, kind, fy, SEQUENCE_MAX)))
  return candidates.reduce((longest, number) => (number.length > longest.length ? number : longest))
}

/** The most characters a prefix can have: 3. */
export const INVOICE_PREFIX_MAX_LENGTH = INVOICE_NUMBER_MAX_LENGTH - longestInvoiceNumber('', 2000).length

/**
 * Why a prefix breaks the rule, in words that show the longest number it could reach, or null
 * when it keeps every series within 16 characters. `fy` only words the example's year.
 */
export function invoicePrefixProblem(prefix: string, fy: number): string | null {
  if (!/^[A-Z0-9]+$/.test(prefix)) return `Use 1 to ${INVOICE_PREFIX_MAX_LENGTH} capital letters or digits.`
  const longest = longestInvoiceNumber(prefix, fy)
  if (longest.length <= INVOICE_NUMBER_MAX_LENGTH) return null
  return (
    `With the prefix ${prefix}, numbers could reach ${longest} (${longest.length} characters: a credit note, once desks sync), and GST allows ${INVOICE_NUMBER_MAX_LENGTH}. ` +
    `Use at most ${INVOICE_PREFIX_MAX_LENGTH} letters or digits.`
  )
}

/**
 * The owner's warning while the salon's prefix breaks the rule (set before it was enforced):
 * the problem and the fix. Bills still post under it; only changing it makes them lawful.
 */
export function invoicePrefixWarning(prefix: string, fy: number): string | null {
  if (!invoicePrefixProblem(prefix, fy)) return null
  const longest = longestInvoiceNumber(prefix, fy)
  return (
    `The invoice prefix ${prefix} is too long: numbers could reach ${longest} (${longest.length} characters), and GST allows ${INVOICE_NUMBER_MAX_LENGTH}. ` +
    `Change it to at most ${INVOICE_PREFIX_MAX_LENGTH} letters or digits in Admin, Settings; numbers already issued stay as they are.`
  )
}
