import type { ApiError, CustomerSummary, Result, SearchReading } from '../../api/contract'
import { pos } from '../../api/pos'
import { useLatestAnswer } from '../../api/use-latest-answer'
import { LIMITS } from '../../../../vocabulary'

export type SearchAnswer = {
  /** The query these results answer ('' = nothing asked yet). */
  query: string
  results: CustomerSummary[]
  /** How the core read the query when nothing matched (the one phone rule): what it looked for, and what to type instead. */
  reading: SearchReading | null
  error: ApiError | null
}

/** The most one search answers (the core refuses more). */
export const SEARCH_LIMIT = LIMITS.searchResults
const NO_RESULTS: CustomerSummary[] = []

const same = (query: string) => query
/**
 * The matches and, when there are none, the core's reading of the query (what it looked for and
 * what to type instead): one call per keystroke while something matches, two only when nothing does.
 */
const search = async (query: string): Promise<Result<{ results: CustomerSummary[]; reading: SearchReading | null }>> => {
  const results = await pos('customers.search', { query, limit: SEARCH_LIMIT })
  if (!results.ok) return results
  if (results.value.length > 0) return { ok: true, value: { results: results.value, reading: null } }
  const reading = await pos('customers.readQuery', { query })
  if (!reading.ok) return reading
  return { ok: true, value: { results: results.value, reading: reading.value } }
}

/** Results as you type (useLatestAnswer: no timer, and a stale answer is never shown). */
export function useCustomerSearch(text: string): SearchAnswer & { pending: boolean } {
  const wanted = text.trim().slice(0, LIMITS.searchQuery)
  const answer = useLatestAnswer(wanted || null, same, search)
  return { query: answer.key ?? '', results: answer.value?.results ?? NO_RESULTS, reading: answer.value?.reading ?? null, error: answer.error, pending: !answer.current }
}
