import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { ApiError, Page, Result } from './contract'

export type PagedList<T> = {
  items: T[]
  /** The cursor for the next page; null when there is none (or before the first page). */
  next: string | null
  loading: boolean
  error: ApiError | null
  /** True once the last page is in. */
  done: boolean
  /** The first page again, as when `deps` change. */
  reload: () => void
  /** The next page, appended; nothing while a page is on its way or when there is none. */
  loadMore: () => void
  /** Asks again for the page that failed (the first, or the next). */
  retry: () => void
}

type State<T> = Omit<PagedList<T>, 'reload' | 'loadMore' | 'retry'>

const EMPTY = { items: [], next: null, loading: true, error: null, done: false }

/**
 * A list the core hands out a page at a time (`{ items, next }`, older pages `before` a cursor).
 * The first page loads on every change of `deps`; answers that arrive after the inputs moved on
 * (or after the component unmounted) are dropped, so a slow page never lands in a newer list.
 * `keepShown` keeps the items on screen while the first page loads again, instead of clearing them.
 */
export function usePagedList<T>(fetchPage: (before: string | null) => Promise<Result<Page<T>>>, deps: DependencyList, { keepShown = false }: { keepShown?: boolean } = {}): PagedList<T> {
  const [state, setState] = useState<State<T>>(EMPTY)
  const generation = useRef(0)
  const busy = useRef(false)
  const failedMore = useRef(false)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const keepRef = useRef(keepShown)
  keepRef.current = keepShown

  const fetchInto = useCallback(async (mine: number, before: string | null) => {
    busy.current = true
    const result = await fetchRef.current(before)
    if (mine !== generation.current) return
    busy.current = false
    failedMore.current = !result.ok && before !== null
    if (!result.ok) return setState((current) => ({ ...current, loading: false, error: result.error }))
    const { items, next } = result.value
    setState((current) => ({ items: before ? [...current.items, ...items] : items, next, loading: false, error: null, done: next === null }))
  }, [])

  const reload = useCallback(() => {
    const mine = ++generation.current
    setState((current) => (keepRef.current ? { ...current, loading: true, error: null } : EMPTY))
    void fetchInto(mine, null)
  }, [fetchInto])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
    // The caller's deps decide when to load again (`fetchPage` is read through a ref).
  }, deps)

  const { next } = state
  const loadMore = useCallback(() => {
    if (busy.current || !next) return
    setState((current) => ({ ...current, loading: true, error: null }))
    void fetchInto(generation.current, next)
  }, [fetchInto, next])

  const retry = useCallback(() => (failedMore.current ? loadMore() : reload()), [loadMore, reload])

  return { ...state, reload, loadMore, retry }
}
