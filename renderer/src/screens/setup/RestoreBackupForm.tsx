import { useState, type FormEvent } from 'react'
import type { BackupInfo } from '../../api/contract'
import { pickPath } from '../../api/pick-path'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { formatDateTime } from '../../format/time'

/**
 * Restoring without logging in (`app.restoreBackup`): on a new computer before setup, or from
 * the recovery screen when the data is damaged; both with the owner's recovery passphrase (it
 * opens the backup, and on the recovery screen it stands in for the owner's login). Offers the
 * backups Parlour can see, or a file picked or typed.
 */
export function RestoreBackupForm({
  needsPassphrase,
  passphraseHint = 'The owner’s recovery passphrase from the computer that made the backup.',
  onRestored,
  onCancel,
}: {
  needsPassphrase: boolean
  passphraseHint?: string
  onRestored: () => void
  onCancel?: () => void
}) {
  const options = useQuery(() => pos('app.recoveryOptions', {}), [])
  const found: BackupInfo[] = options.status === 'ok' ? options.value.backups.filter((backup) => backup.verified) : []
  const [file, setFile] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function restore(event?: FormEvent, chosen = file) {
    event?.preventDefault()
    if (!chosen.trim()) return setErrors({ file: 'Choose the backup file.' })
    setBusy(true)
    setErrors({})
    const result = await pos('app.restoreBackup', { file: chosen.trim(), ...(passphrase ? { passphrase } : {}) })
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    if (result.value.state === 'ready') onRestored()
    else setErrors({ form: result.value.message })
  }

  async function browse() {
    const picked = await pickPath({ kind: 'backup-file' })
    if (picked) setFile(picked)
  }

  return (
    <form className="stack" onSubmit={restore} noValidate>
      <FormError message={errors.form} />
      {needsPassphrase ? <TextField label="Recovery passphrase" type="password" autoComplete="off" value={passphrase} onChange={(event) => (setPassphrase(event.target.value), setErrors((current) => ({ ...current, passphrase: undefined })))} error={errors.passphrase} hint={passphraseHint} /> : null}
      {found.length > 0 ? (
        <fieldset className="fieldset">
          <legend>Backups found on this computer</legend>
          <ul className="plain-list">
            {found.map((backup) => (
              <li key={backup.file} className="split-row backup-choice">
                <span className="backup-choice-text">
                  <strong>{formatDateTime(backup.created_at)}</strong>
                  <span className="muted small">
                    {backup.customers.toLocaleString('en-IN')} customers, {backup.bills.toLocaleString('en-IN')} bills
                  </span>
                </span>
                <Button size="sm" busy={busy && file === backup.file} onClick={() => (setFile(backup.file), void restore(undefined, backup.file))}>
                  Restore this one
                </Button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="path-row">
        <TextField label="Backup file" value={file} onChange={(event) => setFile(event.target.value)} error={errors.file} placeholder="/media/usb/parlour/parlour-backup.db" autoComplete="off" />
        <Button onClick={() => void browse()}>Browse…</Button>
      </div>
      <div className="form-actions">
        {onCancel ? <Button onClick={onCancel}>Back</Button> : null}
        <Button type="submit" variant="primary" busy={busy}>
          Restore the backup
        </Button>
      </div>
    </form>
  )
}
