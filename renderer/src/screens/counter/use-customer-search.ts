import type { ApiError, CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { useLatestAnswer } from '../../api/use-latest-answer'

export type SearchAnswer = {
  /** The query these results answer ('' = nothing asked yet). */
  query: string
  results: CustomerSummary[]
  error: ApiError | null
}

export const SEARCH_LIMIT = 20
const NO_RESULTS: CustomerSummary[] = []

const same = (query: string) => query
const search = (query: string) => pos('customers.search', { query, limit: SEARCH_LIMIT })

/** Results as you type (useLatestAnswer: no timer, and a stale answer is never shown). */
export function useCustomerSearch(text: string): SearchAnswer & { pending: boolean } {
  const wanted = text.trim().slice(0, 100)
  const answer = useLatestAnswer(wanted || null, same, search)
  return { query: answer.key ?? '', results: answer.value ?? NO_RESULTS, error: answer.error, pending: !answer.current }
}
