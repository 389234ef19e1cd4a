import { useEffect, useRef, useState } from 'react'
import type { ApiError, Result } from './contract'

export type LatestAnswer<T> = {
  /** The key of the input this answer is for (null = nothing asked). */
  key: string | null
  value: T | null
  error: ApiError | null
  /** True when the answer is for the input as it is now. */
  current: boolean
}

type Answer<T> = Omit<LatestAnswer<T>, 'current'>

const NONE: Answer<never> = { key: null, value: null, error: null }

/**
 * The core's answer for input that changes as the user types (a search, a bill's lines), with
 * no timer: one call in flight at a time, and when it comes back after the input has moved on,
 * its answer is dropped and the latest input is asked at once. Fast typing coalesces into few
 * calls, a single keystroke is never delayed, and a stale answer is never shown.
 * `input` null asks nothing and clears the answer; `keyOf` tells inputs apart.
 */
export function useLatestAnswer<I, T>(input: I | null, keyOf: (input: I) => string, ask: (input: I) => Promise<Result<T>>): LatestAnswer<T> {
  const key = input === null ? null : keyOf(input)
  const [answer, setAnswer] = useState<Answer<T>>(NONE)
  const latest = useRef({ key, input, ask })
  latest.current = { key, input, ask }
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
      const { key: wanted, input: asked, ask: call } = latest.current
      if (wanted === null || asked === null) return setAnswer(NONE)
      inFlight.current = true
      void call(asked).then((result) => {
        inFlight.current = false
        if (!mounted.current) return
        if (latest.current.key !== wanted) return send()
        setAnswer(result.ok ? { key: wanted, value: result.value, error: null } : { key: wanted, value: null, error: result.error })
      })
    }
    if (!inFlight.current) send()
  }, [key])

  return { ...answer, current: answer.key === key }
}
