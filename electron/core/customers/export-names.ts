import { existsSync } from 'node:fs'
import { join } from 'node:path'

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
