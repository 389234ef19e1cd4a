import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/*
 * The small JSON files Parlour keeps beside the database, not in it (a restore must not roll
 * them back): the erasure ledger's copy and the register of exports. Each is an array.
 */

/** The entries of a JSON array file that pass `isEntry`; none when the file is missing or damaged. */
export function readJsonArray<T>(file: string, isEntry: (entry: unknown) => entry is T): T[] {
  if (!existsSync(file)) return []
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return Array.isArray(parsed) ? parsed.filter(isEntry) : []
  } catch {
    return []
  }
}

/** Writes the array whole or not at all: a temporary file renamed over the old one. */
export function writeJsonArray(file: string, entries: readonly unknown[]): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(entries, null, 1)}\n`)
  renameSync(`${file}.tmp`, file)
}
