import { useEffect, useRef, useState } from 'react'
import type { ApiError, CustomerSummary } from '../../api/contract'
import { pos } from '../../api/pos'

export type SearchAnswer = {
  /** The query these results answer ('' = nothing asked yet). */
  query: string
  results: CustomerSummary[]
  error: ApiError | null
}

const EMPTY: SearchAnswer = { query: '', results: [], error: null }
export const SEARCH_LIMIT = 20

/**
 * Results as you type, with no timer: one search in flight at a time, and when it comes back
 * after the text has moved on, its answer is dropped and the latest text is searched at once.
 * Fast typing coalesces into few calls, a single keystroke is never delayed, and a stale
 * answer is never shown.
 */
export function useCustomerSearch(text: string): SearchAnswer & { pending: boolean } {
  const wanted = text.trim().slice(0, 100)
  const [answer, setAnswer] = useState<SearchAnswer>(EMPTY)
  const latest = useRef(wanted)
  const inFlight = useRef(false)
  const mounted = useRef(true)
  latest.current = wanted

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  useEffect(() => {
    const send = (query: string) => {
      if (!query) {
        setAnswer(EMPTY)
        return
      }
      inFlight.current = true
      void pos('customers.search', { query, limit: SEARCH_LIMIT }).then((result) => {
        inFlight.current = false
        if (!mounted.current) return
        if (latest.current !== query) return send(latest.current)
        setAnswer(result.ok ? { query, results: result.value, error: null } : { query, results: [], error: result.error })
      })
    }
    if (!inFlight.current) send(wanted)
  }, [wanted])

  return { ...answer, pending: answer.query !== wanted }
}
