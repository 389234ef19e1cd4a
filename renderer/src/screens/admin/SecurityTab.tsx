import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Badge, Panel } from '../../components/bits'
import { QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatDateTime } from '../../format/time'
import { RecoveryPassphraseForm } from '../security/RecoveryPassphraseForm'

/** The recovery passphrase: what opens the data (and its backups) on a new computer. */
export function SecurityTab() {
  const status = useQuery(() => pos('security.recoveryStatus', {}), [])
  const notify = useToast()

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
            <RecoveryPassphraseForm
              change={value.passphrase_set}
              onSaved={(saved) => {
                status.set(saved)
                notify({ tone: 'success', message: 'Recovery passphrase saved. Keep it somewhere safe, away from this computer.' })
              }}
            />
          </div>
        )}
      </QueryView>
    </Panel>
  )
}
