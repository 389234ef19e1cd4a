import { useState, type FormEvent, type ReactNode } from 'react'
import type { RecoveryStatus } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'

/**
 * The recovery passphrase typed twice and saved: it wraps a copy of the data key, so a backup
 * (or this computer's data, should its key store be reset) opens with it and nothing else.
 */
export function RecoveryPassphraseForm({ change = false, autoFocus = false, onSaved, extraActions }: { change?: boolean; autoFocus?: boolean; onSaved: (status: RecoveryStatus) => void; extraActions?: ReactNode }) {
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (passphrase !== confirm) return setErrors({ confirm: 'The two passphrases are not the same.' })
    setBusy(true)
    const result = await pos('security.setRecoveryPassphrase', { passphrase })
    setBusy(false)
    if (!result.ok) return setErrors({ passphrase: result.error.fields?.passphrase ?? result.error.message })
    setPassphrase('')
    setConfirm('')
    setErrors({})
    onSaved(result.value)
  }

  return (
    <form onSubmit={submit} noValidate className="stack narrow-form">
      <TextField label={change ? 'New recovery passphrase' : 'Recovery passphrase'} type="password" autoComplete="new-password" autoFocus={autoFocus} value={passphrase} onChange={(event) => setPassphrase(event.target.value)} error={errors.passphrase} hint="At least 12 characters. A short sentence works well." />
      <TextField label="Type it again" type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={busy} disabled={passphrase.length === 0}>
          {change ? 'Change passphrase' : 'Set passphrase'}
        </Button>
        {extraActions}
      </div>
    </form>
  )
}
