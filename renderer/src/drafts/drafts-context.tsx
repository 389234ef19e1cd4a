import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { ApiError } from '../api/contract'
import { pos } from '../api/pos'
import { ErrorState, Loading } from '../components/StateView'
import { useToast } from '../components/toasts'
import { DraftStore, type DraftMeta, type KeptDraft } from './draft-store'

const DraftContext = createContext<DraftStore | null>(null)

/**
 * The logged-in user's drafts, loaded once as the shell opens (before any screen, so a form
 * opens with its draft in place). Staff keep no drafts. Closing the shell (lock) sends what is
 * waiting; hiding the page (reload, window closed) does too.
 */
export function DraftsProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const notify = useToast()
  const notifyRef = useRef(notify)
  notifyRef.current = notify
  const [state, setState] = useState<{ store: DraftStore } | { error: ApiError } | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    const failed = (_key: string, message: string) => notifyRef.current({ tone: 'error', message: `A draft could not be kept: ${message} Keep this screen open and try again.` })
    if (!enabled) {
      setState({ store: new DraftStore([], failed) })
      return
    }
    void pos('drafts.list', {}).then((result) => {
      if (live) setState(result.ok ? { store: new DraftStore(result.value, failed) } : { error: result.error })
    })
    return () => {
      live = false
    }
  }, [enabled, attempt])

  const store = state && 'store' in state ? state.store : null
  useEffect(() => {
    if (!store) return
    const hide = () => store.flushAll()
    window.addEventListener('pagehide', hide)
    return () => {
      window.removeEventListener('pagehide', hide)
      store.close()
    }
  }, [store])

  if (!state) return <Loading />
  if ('error' in state) return <ErrorState error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
  return <DraftContext.Provider value={state.store}>{children}</DraftContext.Provider>
}

export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext)
  if (!store) throw new Error('useDraftStore outside DraftsProvider')
  return store
}

/** Every draft of the user, newest first; re-renders as they change. */
export function useAllDrafts(): KeptDraft[] {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, store.all)
}

export type DraftHandle<T> = {
  /** The draft found when the screen opened (null: start fresh). */
  restored: { body: T; updatedAt: string | null } | null
  /** Keeps what is on screen; null when there is nothing worth keeping (the draft goes). */
  keep: (body: T | null) => void
  /** Throws the draft away on purpose. */
  discard: () => Promise<void>
  /** The core ended the draft with the work it became. */
  forget: () => void
  /**
   * Sends a waiting save now. Call before posting or saving the work with its `draft_key`: a
   * save that went after the post would bring back a draft of work already done.
   */
  flush: () => Promise<void>
}

/**
 * One screen's draft under `key`. `read` checks a stored body (it may be from an older version of
 * the screen) and returns null to ignore it.
 */
export function useDraft<T>(key: string, meta: DraftMeta, read: (body: unknown) => T | null): DraftHandle<T> {
  const store = useDraftStore()
  const [restored] = useState(() => {
    const found = store.get(key)
    const body = found ? read(found.body) : null
    return found && body !== null ? { body, updatedAt: found.updatedAt } : null
  })
  const metaRef = useRef(meta)
  metaRef.current = meta
  // Leaving the screen sends what waits at once, rather than after the pause.
  useEffect(() => () => void store.flush(key), [store, key])
  return {
    restored,
    keep: (body) => {
      if (body === null) {
        if (store.get(key)) void store.discard(key)
      } else store.keep(key, metaRef.current, body)
    },
    discard: () => store.discard(key),
    forget: () => store.forget(key),
    flush: () => store.flush(key),
  }
}
