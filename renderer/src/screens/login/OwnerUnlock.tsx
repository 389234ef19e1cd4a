import { useState, type KeyboardEvent } from 'react'
import type { User, UserTile } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'

/**
 * An owner locked out by wrong PINs (anyone at the login screen can cause that) gets in with the
 * salon's recovery passphrase: it clears the lockout and logs them in.
 */
export function OwnerUnlock({ user, onLoggedIn }: { user: UserTile; onLoggedIn: (user: User) => void }) {
  const [open, setOpen] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  if (!open) {
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Unlock with the recovery passphrase
      </Button>
    )
  }

  async function submit() {
    if (busy || passphrase.length === 0) return
    setBusy(true)
    const result = await pos('session.unlockOwner', { user_id: user.id, passphrase })
    setBusy(false)
    if (result.ok) return onLoggedIn(result.value)
    setError(result.error.fields?.passphrase ?? result.error.message)
  }

  return (
    // Not a form of its own: it sits inside the PIN pad's form. Enter here unlocks, not logs in.
    <div className="stack owner-unlock" role="group" aria-label="Unlock with the recovery passphrase" onKeyDown={(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), event.stopPropagation(), void submit())}>
      <TextField
        label="Recovery passphrase"
        type="password"
        autoFocus
        autoComplete="off"
        value={passphrase}
        onChange={(event) => (setPassphrase(event.target.value), setError(undefined))}
        error={error}
        hint="The passphrase set when the salon was protected. It ends the lockout."
      />
      <Button variant="primary" busy={busy} disabled={passphrase.length === 0} onClick={() => void submit()}>
        Unlock and log in
      </Button>
    </div>
  )
}
