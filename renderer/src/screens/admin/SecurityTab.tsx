import { useState, type FormEvent } from 'react'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Badge, Panel } from '../../components/bits'
import { TextField } from '../../components/Field'
import { QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatDateTime } from '../../format/time'

/** The recovery passphrase: what opens the data (and its backups) on a new computer. */
export function SecurityTab() {
  const status = useQuery(() => pos('security.recoveryStatus', {}), [])
  const notify = useToast()
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
    status.set(result.value)
    setPassphrase('')
    setConfirm('')
    setErrors({})
    notify({ tone: 'success', message: 'Recovery passphrase saved. Keep it somewhere safe, away from this computer.' })
  }

  return (
    <Panel title="Recovery passphrase" className="security-panel">
      <QueryView query={status}>
        {(value) => (
          <div className="stack">
            <p>
              {value.passphrase_set ? (
                <>
                  <Badge tone="success">Set</Badge> since {formatDateTime(value.set_at)}.
                </>
              ) : (
                <>
                  <Badge tone="warning">Not set</Badge> Without it, a backup cannot be opened on another computer, and the data cannot be opened if this computer’s key store is reset.
                </>
              )}
            </p>
            <p className="muted">Write it down and keep it away from the salon computer. Parlour never shows it again, and nobody can recover it for you.</p>
            <form onSubmit={submit} noValidate className="stack narrow-form">
              <TextField label={value.passphrase_set ? 'New recovery passphrase' : 'Recovery passphrase'} type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} error={errors.passphrase} hint="At least 12 characters. A short sentence works well." />
              <TextField label="Type it again" type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
              <div>
                <Button type="submit" variant="primary" busy={busy} disabled={passphrase.length === 0}>
                  {value.passphrase_set ? 'Change passphrase' : 'Set passphrase'}
                </Button>
              </div>
            </form>
          </div>
        )}
      </QueryView>
    </Panel>
  )
}
