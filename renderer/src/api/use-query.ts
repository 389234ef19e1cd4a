import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { ApiError, Result } from './contract'

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ok'; value: T; refreshing: boolean }
  | { status: 'error'; error: ApiError }

export type Query<T> = QueryState<T> & {
  /** Loads again, keeping what is shown until the answer arrives. */
  reload: () => void
  /** Replaces the shown value (after an action returned the new one). */
  set: (value: T) => void
}

/**
 * Loads once per change of `deps` and ignores answers that arrive after the inputs moved on
 * (or after the component unmounted), so a slow answer never overwrites a newer one.
 */
export function useQuery<T>(load: () => Promise<Result<T>>, deps: DependencyList): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' })
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback((keepShown: boolean) => {
    const mine = ++generation.current
    setState((previous) => (keepShown && previous.status === 'ok' ? { ...previous, refreshing: true } : { status: 'loading' }))
    void loadRef.current().then((result) => {
      if (mine !== generation.current) return
      setState(result.ok ? { status: 'ok', value: result.value, refreshing: false } : { status: 'error', error: result.error })
    })
  }, [])

  useEffect(() => {
    run(false)
    return () => {
      generation.current++
    }
    // The caller's deps decide when to load again (`load` is read through a ref).
  }, deps)

  const reload = useCallback(() => run(true), [run])
  const set = useCallback((value: T) => {
    generation.current++
    setState({ status: 'ok', value, refreshing: false })
  }, [])
  return { ...state, reload, set }
}
