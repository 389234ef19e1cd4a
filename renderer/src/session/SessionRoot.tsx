import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError, Settings, User, UserTile } from '../api/contract'
import { onSessionEnded, pos } from '../api/pos'
import { ErrorState, Loading } from '../components/StateView'
import { navigate } from '../router/hash-router'
import { FirstRunScreen } from '../screens/setup/FirstRunScreen'
import { LoginScreen } from '../screens/login/LoginScreen'
import { whenSaved } from '../drafts/pending-saves'
import type { LockReason } from './session-context'
import { Shell } from './Shell'

type Phase =
  | { kind: 'loading' }
  | { kind: 'locking'; reason: LockReason; notice: string | null }
  | { kind: 'error'; error: ApiError }
  | { kind: 'setup' }
  | { kind: 'login'; users: UserTile[]; reason: LockReason | null; notice: string | null }
  | { kind: 'in'; user: User; settings: Settings; firstRun: boolean }

/**
 * Who is at the counter: first run, the login tiles, or a logged-in shell. Locking unmounts
 * the shell at once, so no customer datum survives in state or in the DOM.
 */
export function SessionRoot() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' })
  const signedIn = useRef(false)
  signedIn.current = phase.kind === 'in'

  /** Into the shell: the salon's settings first; `home` is where it opens (none after a reload: stay on the screen that was open). */
  const enter = useCallback(async (user: User, firstRun: boolean, home: string | null) => {
    const settings = await pos('settings.get', {})
    if (!settings.ok) return setPhase({ kind: 'error', error: settings.error })
    if (home) navigate(home, { replace: true })
    setPhase({ kind: 'in', user, settings: settings.value, firstRun })
  }, [])

  /** What `session.state` says: first run, or the login tiles; with `resume`, a session this window still has (a reload). */
  const showLogin = useCallback(
    async (reason: LockReason | null, notice: string | null = null, resume = false) => {
      const state = await pos('session.state', {})
      if (!state.ok) return setPhase({ kind: 'error', error: state.error })
      if (state.value.setup_required) return setPhase({ kind: 'setup' })
      if (resume && state.value.user) return enter(state.value.user, false, null)
      setPhase({ kind: 'login', users: state.value.users, reason, notice })
    },
    [enter],
  )

  const start = useCallback(() => {
    setPhase({ kind: 'loading' })
    return showLogin(null, null, true)
  }, [showLogin])

  const lock = useCallback((reason: LockReason, notice?: string) => {
    // Late answers from screens already gone (a poll, a search) must not lock the login screen again.
    if (!signedIn.current) return
    signedIn.current = false
    // Unmount everything that shows customers first; the session ends once that has happened.
    setPhase({ kind: 'locking', reason, notice: notice ?? null })
    navigate('/', { replace: true })
  }, [])

  // The shell is gone (its screens started saving what was typed as they closed): wait for
  // those saves, under the session that typed them, then end the session in the core.
  const locking = phase.kind === 'locking' ? phase : null
  useEffect(() => {
    if (!locking) return
    void (async () => {
      await whenSaved()
      if (locking.reason === 'button' || locking.reason === 'idle') await pos('session.logout', {})
      await showLogin(locking.reason, locking.notice)
    })()
  }, [locking, showLogin])

  useEffect(() => {
    void start()
  }, [start])

  useEffect(() => {
    onSessionEnded(() => lock('session-ended'))
    return () => onSessionEnded(null)
  }, [lock])

  switch (phase.kind) {
    case 'loading':
    case 'locking':
      return (
        <main className="center-screen">
          <Loading />
        </main>
      )
    case 'error':
      return (
        <main className="center-screen">
          <div className="card card-narrow">
            <ErrorState error={phase.error} onRetry={() => void start()} />
          </div>
        </main>
      )
    case 'setup':
      return <FirstRunScreen onDone={(user) => void enter(user, true, '/admin/users')} onRestored={(notice) => void showLogin('restored', notice)} />
    case 'login':
      return <LoginScreen users={phase.users} reason={phase.reason} notice={phase.notice} onLoggedIn={(user) => void enter(user, false, '/')} />
    case 'in':
      return <Shell key={phase.user.id} user={phase.user} settings={phase.settings} firstRun={phase.firstRun} lock={lock} onSettings={(settings) => setPhase({ ...phase, settings })} />
  }
}
