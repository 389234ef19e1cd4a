import { useEffect, useRef, useState } from 'react'
import type { ApiError, BillPreview, Input } from '../../api/contract'
import { pos } from '../../api/pos'

export type PreviewState = { key: string | null; preview: BillPreview | null; error: ApiError | null }

/**
 * The core's arithmetic for the lines being typed (never computed here). Like the search, one
 * call in flight, the latest input wins, and an answer for older input is dropped.
 */
export function useBillPreview(input: Input<'bills.preview'> | null): PreviewState & { current: boolean } {
  const key = input ? JSON.stringify(input) : null
  const [state, setState] = useState<PreviewState>({ key: null, preview: null, error: null })
  const latest = useRef<{ key: string | null; input: Input<'bills.preview'> | null }>({ key, input })
  latest.current = { key, input }
  const inFlight = useRef(false)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  useEffect(() => {
    const send = () => {
      const { key: wanted, input: lines } = latest.current
      if (!wanted || !lines) return setState({ key: null, preview: null, error: null })
      inFlight.current = true
      void pos('bills.preview', lines).then((result) => {
        inFlight.current = false
        if (!mounted.current) return
        if (latest.current.key !== wanted) return send()
        setState(result.ok ? { key: wanted, preview: result.value, error: null } : { key: wanted, preview: null, error: result.error })
      })
    }
    if (!inFlight.current) send()
  }, [key])

  return { ...state, current: state.key === key }
}
