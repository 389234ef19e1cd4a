import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A file-name-safe form of a name in any script: "Priya Sharma" → "priya-sharma", "प्रिया शर्मा"
 * → "प्रिया-शर्मा". Letters, marks and digits stay; what a file system could read as a path or
 * a device name does not.
 */
export function nameForFile(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .slice(0, 40) || 'customer'
  )
}

/**
 * `<folder>/<stem>` if no file of that stem exists with any of the extensions, else
 * `<stem>-2`, `<stem>-3`…: an export never overwrites another.
 */
export function unusedPathBase(folder: string, stem: string, extensions: readonly string[]): string {
  const taken = (base: string) => extensions.some((extension) => existsSync(`${base}${extension}`))
  let base = join(folder, stem)
  for (let n = 2; taken(base); n++) base = join(folder, `${stem}-${n}`)
  return base
}

/** Where exports go when the owner has not picked a place: `exports/` beside the database. */
export const defaultExportsFolder = (databasePath: string) => join(dirname(databasePath), 'exports')

/** The names Parlour gives one customer's export in its folder (`<name>-<id tail>-<day>[-n].json|.html`), for that customer. */
export const customerExportName = (customerId: string) => new RegExp(`-${customerId.slice(-6).toLowerCase()}-\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?\\.(?:json|html)$`)

/** The names Parlour gives its customers CSVs in its folder (`customers-<day>[-n].csv`). */
export const CUSTOMERS_CSV_NAME = /^customers-\d{4}-\d{2}-\d{2}(?:-\d+)?\.csv$/
