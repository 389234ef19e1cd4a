import { useEffect, useMemo, useRef } from 'react'
import type { Settings, User } from '../api/contract'
import { ToastProvider } from '../components/toasts'
import { navigate, useRoute } from '../router/hash-router'
import { Routes } from './Routes'
import { SessionContext, useSession, type LockReason, type SessionValue } from './session-context'
import { mayCall } from '../../../vocabulary'
import { DraftsProvider } from '../drafts/drafts-context'
import { SHELL_SHORTCUTS } from './navigation'
import { ShortcutProvider, useShortcut } from './shortcuts'
import { Sidebar } from './Sidebar'
import { useIdleLock } from './use-idle-lock'

type Props = { user: User; settings: Settings; firstRun: boolean; lock: (reason: LockReason) => void; onSettings: (settings: Settings) => void }

/** The logged-in app: navigation by role, the screens, shortcuts, toasts and the idle lock. */
export function Shell({ user, settings, firstRun, lock, onSettings }: Props) {
  const value = useMemo<SessionValue>(() => ({ user, settings, setSettings: onSettings, lock }), [user, settings, onSettings, lock])
  useIdleLock(settings.idle_lock_minutes, () => lock('idle'))
  return (
    <SessionContext.Provider value={value}>
      <ShortcutProvider>
        <ToastProvider>
          <DraftsProvider enabled={mayCall(user.role, 'drafts.list')}>
            <ShellLayout firstRun={firstRun} />
          </DraftsProvider>
        </ToastProvider>
      </ShortcutProvider>
    </SessionContext.Provider>
  )
}

function ShellLayout({ firstRun }: { firstRun: boolean }) {
  const route = useRoute()
  const main = useRef<HTMLElement>(null)
  useShellShortcuts()

  // A new screen: if it did not focus something itself (the counter's search does), focus the
  // main region so the keyboard and screen readers start at the content.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement
      if (!active || active === document.body || !main.current?.contains(active)) main.current?.focus({ preventScroll: true })
    })
    main.current?.scrollTo({ top: 0 })
    return () => cancelAnimationFrame(frame)
  }, [route.href])

  return (
    <div className="app-shell">
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <Sidebar route={route} />
      <main id="main" className="main" ref={main} tabIndex={-1}>
        <Routes route={route} firstRun={firstRun} />
      </main>
    </div>
  )
}

/** The shell's shortcuts (navigation.ts), one handler each; a screen's own shortcut for a key wins over these. */
function useShellShortcuts() {
  const { user, lock } = useSession()
  for (const shortcut of SHELL_SHORTCUTS) {
    // The list is a constant: the same hooks run in the same order on every render.
    useShortcut(shortcut.combo, () => (shortcut.to === 'lock' ? lock('button') : navigate(shortcut.to)), mayCall(user.role, shortcut.method), 'shell')
  }
}
