import { paiseToDecimal } from '../vocabulary'

/**
 * CSV for spreadsheets and other salon software: RFC 4180 quoting, plus protection against
 * formula injection (OWASP): a cell that starts with = + - @ tab or carriage return gets a
 * leading apostrophe, so Excel or Sheets show it as text instead of running it.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const csvRow = (cells: readonly (string | number | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`

/** Undoes the formula guard when reading our own CSV back. */
export const unguardCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

/** ₹ amounts as plain rupees with two decimals, from integer paise (no floating point): 120050 → "1200.50". */
export const rupees = (paise: number): string => paiseToDecimal(paise)
