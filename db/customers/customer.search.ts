import type { Db } from '../sqlite/connection'
import type { SummaryRow } from './customer.decoder'
import { cleanName } from './names'

const COLUMNS = 'c.id, c.first_name, c.last_name, c.phone, c.total_visits, c.total_spent, c.last_visit_at, c.created_at, c.deleted_at'
const FULL_NAME = `(c.first_name || ' ' || coalesce(c.last_name, ''))`
/** Multi-word queries rank at most this many candidates: ranking a common trigram's every match costs ~20 ms at 1M. */
const MAX_CANDIDATES = 200
const TRIGRAM = 3

// The first and last name columns are COLLATE NOCASE, so `LIKE 'pri%'` is a range scan on the
// partial name indexes.
const SQL = {
  firstNamePrefix: `SELECT ${COLUMNS} FROM customers c WHERE c.deleted_at IS NULL AND c.duplicate_of IS NULL AND c.first_name LIKE ? ORDER BY c.first_name, c.last_name LIMIT ?`,
  lastNamePrefix: `SELECT ${COLUMNS} FROM customers c WHERE c.deleted_at IS NULL AND c.duplicate_of IS NULL AND c.last_name LIKE ? ORDER BY c.last_name, c.first_name LIMIT ?`,
  trigram: `SELECT ${COLUMNS} FROM customers_name_fts f JOIN customers c ON c.rowid = f.rowid
            WHERE customers_name_fts MATCH ? AND c.deleted_at IS NULL AND c.duplicate_of IS NULL LIMIT ?`,
} as const

/**
 * The words of a name query, as names are stored (cleanName: NFC, no invisible characters, any
 * whitespace a separator). LIKE wildcards, quotes and control characters (a NUL would be an FTS5
 * syntax error) are separators too: names do not use them.
 */
export function normaliseNameQuery(query: string): string[] {
  return cleanName(query.replace(/[%_\\"\p{Cc}]/gu, ' '))
    .split(' ')
    .filter((token) => token.length > 0)
}

const ftsPhrase = (token: string) => `"${token}"`

/**
 * Name search, best matches first. One word: first names that start with it, then last names
 * that start with it, then names that contain it anywhere (trigram index, 3+ letters). Several
 * words: names containing every word, in any order, those starting with the query first.
 */
export function searchCustomerNames(db: Db, query: string, limit: number): SummaryRow[] {
  const tokens = normaliseNameQuery(query)
  if (tokens.length === 0) return []
  if (tokens.length === 1) return searchOneWord(db, tokens[0] as string, limit)
  return searchWords(db, tokens, limit)
}

function searchOneWord(db: Db, word: string, limit: number): SummaryRow[] {
  const found = new Map<string, SummaryRow>()
  const add = (rows: SummaryRow[]) => {
    for (const row of rows) if (found.size < limit && !found.has(row.id)) found.set(row.id, row)
  }
  add(db.sync.prepare(SQL.firstNamePrefix).all(`${word}%`, limit) as SummaryRow[])
  if (found.size < limit) add(db.sync.prepare(SQL.lastNamePrefix).all(`${word}%`, limit) as SummaryRow[])
  if (found.size < limit && [...word].length >= TRIGRAM) {
    add(db.sync.prepare(SQL.trigram).all(ftsPhrase(word), limit + found.size) as SummaryRow[])
  }
  return [...found.values()]
}

function searchWords(db: Db, words: string[], limit: number): SummaryRow[] {
  const long = words.filter((word) => [...word].length >= TRIGRAM)
  const everyWord = words.map(() => `${FULL_NAME} LIKE ?`).join(' AND ')
  const patterns = words.map((word) => `%${word}%`)
  const candidates = (
    long.length > 0
      ? db.sync
          .prepare(
            `SELECT ${COLUMNS} FROM customers_name_fts f JOIN customers c ON c.rowid = f.rowid
             WHERE customers_name_fts MATCH ? AND c.deleted_at IS NULL AND c.duplicate_of IS NULL AND ${everyWord} LIMIT ?`,
          )
          .all(long.map(ftsPhrase).join(' AND '), ...patterns, MAX_CANDIDATES)
      : db.sync
          .prepare(`SELECT ${COLUMNS} FROM customers c WHERE c.deleted_at IS NULL AND c.duplicate_of IS NULL AND c.first_name LIKE ? AND ${everyWord} LIMIT ?`)
          .all(`${words[0]}%`, ...patterns, MAX_CANDIDATES)
  ) as SummaryRow[]

  const lower = (text: string) => text.toLocaleLowerCase('en-IN')
  const phrase = lower(words.join(' '))
  const queryWords = words.map(lower)
  // 0: the name starts with the query; 1: every word starts a word of the name; 2: substrings.
  const rank = (name: string) => {
    const lowerName = lower(name)
    if (lowerName.startsWith(phrase)) return 0
    const nameWords = lowerName.split(' ')
    return queryWords.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word))) ? 1 : 2
  }
  return candidates
    .map((row) => {
      const name = `${row.first_name} ${row.last_name ?? ''}`.trim()
      return { row, name, rank: rank(name) }
    })
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'en-IN', { sensitivity: 'base' }))
    .slice(0, limit)
    .map(({ row }) => row)
}
