import { useCallback, useEffect, useState } from 'react'
import type { ApiError, AppStatus } from './api/contract'
import { pos } from './api/pos'
import { ErrorState, Loading } from './components/StateView'
import { GateScreen } from './screens/gate/GateScreen'
import { SessionRoot } from './session/SessionRoot'

type Phase = { kind: 'checking' } | { kind: 'status'; status: AppStatus } | { kind: 'error'; error: ApiError }

/**
 * The first question every window asks: can the data be opened (`app.status`)? Until it is
 * "ready" the screens for the recovery passphrase or a database problem stand in front.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })

  const check = useCallback(() => {
    setPhase({ kind: 'checking' })
    void pos('app.status', {}).then((result) => setPhase(result.ok ? { kind: 'status', status: result.value } : { kind: 'error', error: result.error }))
  }, [])

  useEffect(check, [check])

  if (phase.kind === 'checking') {
    return (
      <main className="center-screen">
        <Loading label="Opening Parlour…" />
      </main>
    )
  }
  if (phase.kind === 'error') {
    return (
      <main className="center-screen">
        <div className="card card-narrow">
          <ErrorState error={phase.error} onRetry={check} />
        </div>
      </main>
    )
  }
  if (phase.status.state !== 'ready') {
    return <GateScreen status={phase.status} onStatus={(status) => setPhase({ kind: 'status', status })} onRecheck={check} />
  }
  return <SessionRoot />
}
