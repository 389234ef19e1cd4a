import { useEffect, useRef, useState } from 'react'
import type { BackupInfo, BackupStatus } from '../../api/contract'
import { pickPath } from '../../api/pick-path'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Badge, Panel } from '../../components/bits'
import { TextField } from '../../components/Field'
import { DialogForm, FormError, formErrors } from '../../components/Form'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatBytes } from '../../format/bytes'
import { formatDateTime, salonToday } from '../../format/time'
import { useSession } from '../../session/session-context'

const REASONS: Record<BackupInfo['reason'], string> = { manual: 'By hand', daily: 'Daily', 'pre-migration': 'Before an update', 'before-restore': 'Before a restore' }
const POLL_MS = 400

/** Verified backups (now, or to another folder), restore from one, and every customer as CSV. */
export function BackupsTab() {
  const status = useQuery(() => pos('backup.status', {}), [])
  const backups = useQuery(() => pos('backup.list', {}), [])
  const [progress, setProgress] = useState<number | null>(null)
  const [askFolder, setAskFolder] = useState(false)
  const [restoring, setRestoring] = useState<{ file: string; info: BackupInfo | null } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const notify = useToast()
  const polling = useRef<number | undefined>(undefined)

  useEffect(() => () => window.clearInterval(polling.current), [])

  async function backUp(folder?: string) {
    setError(null)
    setProgress(0)
    polling.current = window.setInterval(() => {
      void pos('backup.status', {}).then((result) => result.ok && result.value.running && setProgress(result.value.progress))
    }, POLL_MS)
    const result = await pos('backup.run', folder ? { folder } : {})
    window.clearInterval(polling.current)
    setProgress(null)
    if (!result.ok) return setError(result.error.fields?.folder ?? result.error.message)
    notify({ tone: 'success', message: `Backup made and verified: ${result.value.customers} customers, ${result.value.bills} bills.` })
    status.reload()
    backups.reload()
  }

  async function backUpElsewhere() {
    const folder = await pickPath({ kind: 'folder' })
    if (folder) void backUp(folder)
    else setAskFolder(true)
  }

  async function restoreFromFile() {
    const file = await pickPath({ kind: 'backup-file' })
    setRestoring({ file: file ?? '', info: null })
  }

  return (
    <div className="stack">
      <Panel title="Backups" actions={status.status === 'ok' ? <span className="muted small">Folder: {status.value.folder}</span> : null}>
        <QueryView query={status}>
          {(value) => (
            <div className="stack">
              <BackupSummary status={value} />
              {!value.passphrase_set ? (
                <div className="alert alert-warning" role="alert">
                  <span>
                    <strong>Set a recovery passphrase first.</strong> Every backup carries the data key locked by it, so a backup can be opened on a new computer with that passphrase and nothing else.{' '}
                    <a href="#/admin/security">Set it now</a>
                  </span>
                </div>
              ) : null}
              {progress !== null ? (
                <div className="progress" role="progressbar" aria-label="Backing up" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
                  <div className="progress-bar" style={{ width: `${Math.max(4, Math.round(progress * 100))}%` }} />
                </div>
              ) : null}
              <FormError message={error} />
              <div className="button-row">
                <Button variant="primary" onClick={() => void backUp()} busy={progress !== null} disabled={!value.passphrase_set} icon={<Icon name="database" size={16} />}>
                  Back up now
                </Button>
                <Button onClick={() => void backUpElsewhere()} disabled={!value.passphrase_set || progress !== null}>
                  Back up to another folder…
                </Button>
              </div>
            </div>
          )}
        </QueryView>
      </Panel>

      <Panel title="Restore" actions={<Button size="sm" onClick={() => void restoreFromFile()}>Restore from a file…</Button>}>
        <QueryView query={backups} isEmpty={(list) => list.length === 0} empty={<Empty title="No backups in the backup folder yet." />}>
          {(list) => (
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Why</th>
                  <th scope="col">Check</th>
                  <th scope="col" className="num">
                    Customers
                  </th>
                  <th scope="col" className="num">
                    Bills
                  </th>
                  <th scope="col" className="num">
                    Size
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((backup) => (
                  <tr key={backup.file}>
                    <td className="nowrap">{formatDateTime(backup.created_at)}</td>
                    <td>{REASONS[backup.reason]}</td>
                    <td><VerifiedBadge verified={backup.verified} /></td>
                    <td className="num">{backup.customers.toLocaleString('en-IN')}</td>
                    <td className="num">{backup.bills.toLocaleString('en-IN')}</td>
                    <td className="num">{formatBytes(backup.size_bytes)}</td>
                    <td className="num">
                      <Button size="sm" disabled={!backup.verified} onClick={() => setRestoring({ file: backup.file, info: backup })} aria-label={`Restore the backup of ${formatDateTime(backup.created_at)}`}>
                        Restore…
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </Panel>

      <CsvExport />

      {askFolder ? (
        <FolderDialog
          onClose={() => setAskFolder(false)}
          onChosen={(folder) => {
            setAskFolder(false)
            void backUp(folder)
          }}
        />
      ) : null}
      {restoring ? <RestoreDialog file={restoring.file} info={restoring.info} onClose={() => setRestoring(null)} /> : null}
    </div>
  )
}

function BackupSummary({ status }: { status: BackupStatus }) {
  const last = status.last
  if (!last) return <p>No backup yet.</p>
  return (
    <p>
      Last backup <strong>{formatDateTime(last.created_at)}</strong>{' '}
      <VerifiedBadge verified={last.verified} /> · {last.customers.toLocaleString('en-IN')} customers, {last.bills.toLocaleString('en-IN')} bills · {formatBytes(last.size_bytes)}
    </p>
  )
}

const VerifiedBadge = ({ verified }: { verified: boolean }) => (verified ? <Badge tone="success">Verified</Badge> : <Badge tone="danger">Failed its check</Badge>)

function FolderDialog({ onClose, onChosen }: { onClose: () => void; onChosen: (folder: string) => void }) {
  const [folder, setFolder] = useState('')
  const submit = () => {
    if (folder.trim()) onChosen(folder.trim())
  }
  return (
    <DialogForm title="Back up to another folder" description="Type the full path of a folder, for example on a USB drive." onClose={onClose} onSubmit={submit} disabled={!folder.trim()} submitLabel="Back up there">
      <TextField label="Folder" autoFocus value={folder} onChange={(event) => setFolder(event.target.value)} placeholder="/media/usb/parlour or E:\\Parlour" />
    </DialogForm>
  )
}

function RestoreDialog({ file: given, info, onClose }: { file: string; info: BackupInfo | null; onClose: () => void }) {
  const { lock } = useSession()
  const [file, setFile] = useState(given)
  const [passphrase, setPassphrase] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    setBusy(true)
    const result = await pos('backup.restore', { file: file.trim(), ...(passphrase ? { passphrase } : {}) })
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    const { customers, bills, kept_aside } = result.value
    lock('restored', `${customers.toLocaleString('en-IN')} customers and ${bills.toLocaleString('en-IN')} bills are back.${kept_aside ? ` The data from before was kept at ${kept_aside}.` : ''}`)
  }

  return (
    <DialogForm
      title="Restore a backup"
      description="Parlour checks the backup first, keeps today’s data aside (it is never deleted), then swaps the backup in. Everyone logs in again."
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={errors.form}
      submitLabel="Restore this backup"
      variant="danger"
      busy={busy}
      disabled={!file.trim()}
    >
      {info ? (
        <p>
          The backup of <strong>{formatDateTime(info.created_at)}</strong>: {info.customers.toLocaleString('en-IN')} customers, {info.bills.toLocaleString('en-IN')} bills.
        </p>
      ) : (
        <TextField label="Backup file" autoFocus value={file} onChange={(event) => setFile(event.target.value)} error={errors.file} placeholder="/media/usb/parlour/parlour-backup.db" />
      )}
      <TextField label="Recovery passphrase (only for a backup from another computer)" type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} error={errors.passphrase} autoFocus={Boolean(info)} />
      {errors.file && info ? <div className="field-error">{errors.file}</div> : null}
    </DialogForm>
  )
}

function CsvExport() {
  const { settings } = useSession()
  const notify = useToast()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ file: string; rows: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function exportCsv() {
    setBusy(true)
    setError(null)
    const file = await pickPath({ kind: 'save-csv', suggested_name: `parlour-customers-${salonToday(settings.time_zone)}.csv` })
    const result = await pos('customers.exportCsv', file ? { file } : {})
    setBusy(false)
    if (!result.ok) return setError(result.error.fields?.file ?? result.error.message)
    setDone(result.value)
    notify({ tone: 'success', message: `Exported ${result.value.rows.toLocaleString('en-IN')} customers.` })
  }

  return (
    <Panel title="Export all customers">
      <div className="stack">
        <p className="muted">A CSV file with every customer (amounts in rupees and in paise), for a spreadsheet or for moving to another system. It holds phone numbers and emails: keep it safe.</p>
        <FormError message={error} />
        {done ? (
          <div className="alert alert-success" role="status">
            <Icon name="check" size={16} /> {done.rows.toLocaleString('en-IN')} customers written to <code className="path">{done.file}</code>
          </div>
        ) : null}
        <div>
          <Button onClick={() => void exportCsv()} busy={busy} icon={<Icon name="download" size={16} />}>
            Export as CSV
          </Button>
        </div>
      </div>
    </Panel>
  )
}
