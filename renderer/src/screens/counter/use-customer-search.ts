import type { ApiError, CustomerSummary, Result, SearchReading } from '../../api/contract'
import { pos } from '../../api/pos'
import { useLatestAnswer } from '../../api/use-latest-answer'

export type SearchAnswer = {
  /** The query these results answer ('' = nothing asked yet). */
  query: string
  results: CustomerSummary[]
  /** How the core read the query (the one phone rule): what it looked for, and what to type instead. */
  reading: SearchReading | null
  error: ApiError | null
}

export const SEARCH_LIMIT = 20
const NO_RESULTS: CustomerSummary[] = []

const same = (query: string) => query
/** The matches and the core's reading of the query, as one answer (either failing fails it). */
const search = async (query: string): Promise<Result<{ results: CustomerSummary[]; reading: SearchReading }>> => {
  const [results, reading] = await Promise.all([pos('customers.search', { query, limit: SEARCH_LIMIT }), pos('customers.readQuery', { query })])
  if (!results.ok) return results
  if (!reading.ok) return reading
  return { ok: true, value: { results: results.value, reading: reading.value } }
}

/** Results as you type (useLatestAnswer: no timer, and a stale answer is never shown). */
export function useCustomerSearch(text: string): SearchAnswer & { pending: boolean } {
  const wanted = text.trim().slice(0, 100)
  const answer = useLatestAnswer(wanted || null, same, search)
  return { query: answer.key ?? '', results: answer.value?.results ?? NO_RESULTS, reading: answer.value?.reading ?? null, error: answer.error, pending: !answer.current }
}
