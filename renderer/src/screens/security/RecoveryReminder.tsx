import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Icon } from '../../components/Icon'

/**
 * On the owner's home screen until the recovery passphrase is set: without it Parlour makes no
 * backups, and the data would not open on another computer.
 */
export function RecoveryReminder() {
  const status = useQuery(() => pos('security.recoveryStatus', {}), [])
  if (status.status !== 'ok' || status.value.passphrase_set) return null
  return (
    <div className="alert alert-warning recovery-reminder" role="status">
      <Icon name="lock" size={18} />
      <div className="alert-body">
        <strong>No recovery passphrase yet, so no backups are being made.</strong> If this computer breaks or is stolen, the salon’s data is lost.{' '}
        <a href="#/admin/security">Set the recovery passphrase</a>
      </div>
    </div>
  )
}
