import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { User, UserTile } from '../../api/contract'
import { pos } from '../../api/pos'
import { Avatar } from '../../components/bits'
import { Button } from '../../components/Button'
import { ROLE_LABEL } from '../../format/names'
import { formatDayMonth, formatTime } from '../../format/time'
import { OwnerUnlock } from './OwnerUnlock'
import { LIMITS, mayUsePassphrase } from '../../../../vocabulary'

type Problem = { kind: 'wrong' | 'locked' | 'other'; message: string; until?: string }

const PAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const

/** A PIN pad that also takes the keyboard (digits, Backspace, Enter, Escape). Owners may type a passphrase. */
export function PinEntry({ user, onBack, onLoggedIn }: { user: UserTile; onBack: (() => void) | null; onLoggedIn: (user: User) => void }) {
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => input.current?.focus(), [])
  const secondsLeft = useSecondsUntil(problem?.kind === 'locked' ? (problem.until ?? null) : null)
  // The wait is over: say so, and let them try again.
  useEffect(() => {
    if (secondsLeft === 0) setProblem({ kind: 'other', message: 'You can try again now.' })
  }, [secondsLeft])

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (!pin || busy) return
    setBusy(true)
    const result = await pos('session.login', { user_id: user.id, pin })
    setBusy(false)
    if (result.ok) return onLoggedIn(result.value)
    setPin('')
    input.current?.focus()
    const { error } = result
    if (error.code === 'LOCKED_OUT') setProblem({ kind: 'locked', message: error.message, ...(error.locked_until ? { until: error.locked_until } : {}) })
    else if (error.code === 'UNAUTHENTICATED' && error.fields?.pin) setProblem({ kind: 'wrong', message: error.fields.pin })
    else setProblem({ kind: 'other', message: error.message })
  }

  function press(key: (typeof PAD)[number]) {
    setProblem((current) => (current?.kind === 'locked' ? current : null))
    if (key === 'clear') setPin('')
    else if (key === 'back') setPin((value) => value.slice(0, -1))
    else setPin((value) => (value + key).slice(0, LIMITS.pinAsTyped))
    input.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && onBack) {
      event.preventDefault()
      onBack()
    }
  }

  return (
    <form className="pin-entry" onSubmit={submit} noValidate>
      <div className="pin-user">
        <Avatar name={user.name} size="lg" />
        <div>
          <h1 className="login-title">{user.name}</h1>
          <div className="muted">{ROLE_LABEL[user.role]}</div>
        </div>
      </div>
      <label htmlFor="pin-input" className="field-label">
        {mayUsePassphrase(user.role) ? 'PIN or passphrase' : 'PIN'}
      </label>
      <input
        id="pin-input"
        ref={input}
        className={`input pin-input ${problem?.kind === 'wrong' ? 'shake' : ''}`}
        type="password"
        inputMode={mayUsePassphrase(user.role) ? 'text' : 'numeric'}
        autoComplete="off"
        value={pin}
        onChange={(event) => {
          setPin(event.target.value)
          if (problem?.kind !== 'locked') setProblem(null)
        }}
        onKeyDown={onKeyDown}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'pin-problem' : undefined}
      />
      <div className="pin-problem-slot">
        {problem ? (
          <div id="pin-problem" className={`alert ${problem.kind === 'locked' ? 'alert-warning' : 'alert-error'}`} role="alert">
            <strong>{problem.kind === 'locked' ? 'Locked out. ' : problem.kind === 'wrong' ? 'Wrong PIN. ' : ''}</strong>
            {problem.message}
            {problem.until ? (
              <span className="lock-until">
                {' '}
                Try again after {formatTime(problem.until)} ({formatDayMonth(problem.until)}){secondsLeft ? `, in ${formatWait(secondsLeft)}` : ''}.
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
      {problem?.kind === 'locked' && user.role === 'owner' ? <OwnerUnlock user={user} onLoggedIn={onLoggedIn} /> : null}
      <div className="pin-pad" role="group" aria-label="PIN pad">
        {PAD.map((key) => (
          <button key={key} type="button" className={`pin-key pin-key-${key}`} onClick={() => press(key)} tabIndex={-1} aria-label={key === 'back' ? 'Delete last digit' : key === 'clear' ? 'Clear' : key}>
            {key === 'back' ? '⌫' : key === 'clear' ? 'Clear' : key}
          </button>
        ))}
      </div>
      <div className="pin-actions">
        {onBack ? (
          <Button variant="ghost" onClick={onBack} shortcut="Esc">
            Not you?
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" variant="primary" size="lg" busy={busy} disabled={pin.length === 0} shortcut="Enter">
          Log in
        </Button>
      </div>
    </form>
  )
}

/** Seconds until an ISO instant, ticking each second; null without one. */
function useSecondsUntil(until: string | null): number | null {
  const left = () => (until ? Math.max(0, Math.ceil((Date.parse(until) - Date.now()) / 1000)) : null)
  const [seconds, setSeconds] = useState(left)
  useEffect(() => {
    setSeconds(left())
    if (!until) return
    const timer = window.setInterval(() => setSeconds(left()), 1000)
    return () => window.clearInterval(timer)
    // `left` reads only `until`.
  }, [until])
  return seconds
}

/** 75 → "1 min 15 s", 14 → "14 s". */
function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return minutes > 0 ? `${minutes} min${seconds % 60 ? ` ${seconds % 60} s` : ''}` : `${seconds} s`
}
