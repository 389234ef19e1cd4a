import { useState, type FormEvent } from 'react'
import type { AppStatus } from '../../api/contract'
import { pos } from '../../api/pos'
import { BrandHeader } from '../../components/Brand'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'
import { Icon } from '../../components/Icon'
import { RestoreBackupForm } from '../setup/RestoreBackupForm'

type NotReady = Exclude<AppStatus, { state: 'ready' }>

const PROBLEM_TITLES: Record<Extract<AppStatus, { state: 'database-problem' }>['reason'], string> = {
  corrupt: 'The salon data file looks damaged',
  'newer-version': 'This data was saved by a newer Parlour',
  'not-a-database': 'This is not a Parlour data file',
  'wrong-key': 'This data was locked with a different key',
  unreadable: 'Parlour cannot read its data file',
}

/** Before the data is open: set or enter the recovery passphrase, or explain a database problem calmly. */
export function GateScreen({ status, onStatus, onRecheck }: { status: NotReady; onStatus: (status: AppStatus) => void; onRecheck: () => void }) {
  return (
    <main className="center-screen">
      <div className="card card-narrow gate-card">
        <BrandHeader subtitle="Salon counter" />
        {status.state === 'database-problem' ? (
          <DatabaseProblem title={PROBLEM_TITLES[status.reason]} message={status.message} canRestore={status.reason === 'corrupt' || status.reason === 'unreadable' || status.reason === 'not-a-database'} onRecheck={onRecheck} onRestored={() => onStatus({ state: 'ready' })} />
        ) : (
          <PassphraseForm status={status} onStatus={onStatus} />
        )}
      </div>
    </main>
  )
}

function DatabaseProblem({ title, message, canRestore, onRecheck, onRestored }: { title: string; message: string; canRestore: boolean; onRecheck: () => void; onRestored: () => void }) {
  const [restoring, setRestoring] = useState(false)
  if (restoring) {
    return (
      <div className="gate-body">
        <h1 className="gate-title">Restore a backup</h1>
        <p>The damaged file is kept aside, not deleted. The newest verified backup is usually the right one.</p>
        <RestoreBackupForm needsPassphrase passphraseHint="Only the owner restores: enter the salon’s recovery passphrase." onRestored={onRestored} onCancel={() => setRestoring(false)} />
      </div>
    )
  }
  return (
    <div className="gate-body" role="alert">
      <h1 className="gate-title">
        <Icon name="alert" size={22} /> {title}
      </h1>
      <p>{message}</p>
      <p className="reassure">Nothing has been changed or deleted. Your data file is kept exactly as it was.</p>
      <p className="muted">If you have just updated or moved Parlour, close it and open it again. If this keeps happening, contact the person who set Parlour up for you, or restore a backup.</p>
      <div className="button-row">
        {canRestore ? (
          <Button variant="primary" onClick={() => setRestoring(true)} icon={<Icon name="database" size={16} />}>
            Restore a backup…
          </Button>
        ) : null}
        <Button variant={canRestore ? 'secondary' : 'primary'} onClick={onRecheck} icon={<Icon name="refresh" size={16} />}>
          Check again
        </Button>
      </div>
    </div>
  )
}

function PassphraseForm({ status, onStatus }: { status: Extract<NotReady, { state: 'passphrase-setup' | 'passphrase-required' }>; onStatus: (status: AppStatus) => void }) {
  const creating = status.state === 'passphrase-setup'
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [confirmError, setConfirmError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(undefined)
    setConfirmError(undefined)
    if (creating && passphrase !== confirm) {
      setConfirmError('The two passphrases are not the same.')
      return
    }
    setBusy(true)
    const result = creating ? await pos('app.createPassphrase', { passphrase }) : await pos('app.unlock', { passphrase })
    setBusy(false)
    if (result.ok) onStatus(result.value)
    else setError(result.error.fields?.passphrase ?? result.error.message)
  }

  return (
    <form className="gate-body" onSubmit={submit} noValidate>
      <h1 className="gate-title">{creating ? 'Protect your salon data' : 'Enter the recovery passphrase'}</h1>
      <p>{status.message}</p>
      <TextField label={creating ? 'New recovery passphrase' : 'Recovery passphrase'} type="password" autoComplete={creating ? 'new-password' : 'current-password'} autoFocus value={passphrase} onChange={(event) => setPassphrase(event.target.value)} error={error} hint={creating ? 'At least 12 characters. A short sentence works well.' : undefined} />
      {creating ? <TextField label="Type it again" type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={confirmError} /> : null}
      <Button type="submit" variant="primary" size="lg" busy={busy} disabled={passphrase.length === 0}>
        {creating ? 'Protect and open Parlour' : 'Open Parlour'}
      </Button>
      <p className="muted small">Your data stays on this computer. The passphrase is never stored in plain text.</p>
    </form>
  )
}
