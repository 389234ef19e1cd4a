import { useState, type FormEvent } from 'react'
import type { Role, UserAdmin } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Avatar, Badge, Panel } from '../../components/bits'
import { SelectField, TextField } from '../../components/Field'
import { DialogForm, FormError, formErrors } from '../../components/Form'
import { Icon } from '../../components/Icon'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { ROLE_LABEL } from '../../format/names'
import { formatDate, formatDateTime } from '../../format/time'
import { useSession } from '../../session/session-context'
import { PIN_HINT, pinHint } from '../../../../vocabulary'

/** The team: add people, reset a PIN, unlock after wrong PINs, deactivate. */
export function UsersTab({ welcome }: { welcome: boolean }) {
  const users = useQuery(() => pos('users.list', {}), [])
  const [resetting, setResetting] = useState<UserAdmin | null>(null)
  const showWelcome = welcome && users.status === 'ok' && users.value.length === 1

  return (
    <div className="admin-users">
      {showWelcome ? (
        <div className="alert alert-success welcome" role="status">
          <strong>Your salon is set up.</strong> Next, add the people who use the counter (Reception) and the stylists who take the queue (Staff).
        </div>
      ) : null}
      <div className="admin-grid">
        <Panel title="Team">
          <QueryView query={users} isEmpty={(list) => list.length === 0} empty={<Empty title="No users yet." />}>
            {(list) => (
              <ul className="user-list">
                {list.map((user) => (
                  <UserRow key={user.id} user={user} onReset={() => setResetting(user)} onChanged={(next) => users.status === 'ok' && users.set(list.map((entry) => (entry.id === next.id ? next : entry)))} />
                ))}
              </ul>
            )}
          </QueryView>
        </Panel>
        <Panel title="Add a person">
          <AddUserForm onAdded={(user) => users.status === 'ok' && users.set([...users.value, user])} />
        </Panel>
      </div>
      {resetting ? <ResetPinDialog user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  )
}

function UserRow({ user, onReset, onChanged }: { user: UserAdmin; onReset: () => void; onChanged: (user: UserAdmin) => void }) {
  const { user: me } = useSession()
  const notify = useToast()
  const [busy, setBusy] = useState(false)
  const locked = user.locked_until !== null
  const isMe = user.id === me.id

  async function update(change: { active?: boolean; unlock?: true }, done: string) {
    setBusy(true)
    const result = await pos('users.update', { id: user.id, ...change })
    setBusy(false)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    onChanged(result.value)
    notify({ tone: 'success', message: done })
  }

  return (
    <li className={`user-row ${user.active ? '' : 'is-inactive'}`}>
      <Avatar name={user.name} />
      <div className="user-row-main">
        <div className="strong">
          {user.name} {isMe ? <span className="muted">(you)</span> : null}
        </div>
        <div className="user-row-meta">
          <Badge tone={user.role === 'owner' ? 'accent' : user.role === 'receptionist' ? 'info' : 'neutral'}>{ROLE_LABEL[user.role]}</Badge>
          {!user.active ? <Badge tone="neutral">Inactive</Badge> : null}
          {locked ? <Badge tone="danger">Locked until {formatDateTime(user.locked_until)}</Badge> : null}
          {!locked && user.failed_attempts > 0 ? <Badge tone="warning">{user.failed_attempts} wrong PINs</Badge> : null}
          <span className="muted small">Added {formatDate(user.created_at)}</span>
        </div>
      </div>
      <div className="user-row-actions">
        {locked || user.failed_attempts > 0 ? (
          <Button size="sm" busy={busy} onClick={() => void update({ unlock: true }, `${user.name} can log in again.`)}>
            Unlock
          </Button>
        ) : null}
        <Button size="sm" onClick={onReset}>
          Reset PIN
        </Button>
        {isMe ? null : user.active ? (
          <Button size="sm" variant="ghost" busy={busy} onClick={() => void update({ active: false }, `${user.name} was deactivated and logged out.`)}>
            Deactivate
          </Button>
        ) : (
          <Button size="sm" variant="ghost" busy={busy} onClick={() => void update({ active: true }, `${user.name} was reactivated.`)}>
            Reactivate
          </Button>
        )}
      </div>
    </li>
  )
}

function AddUserForm({ onAdded }: { onAdded: (user: UserAdmin) => void }) {
  const notify = useToast()
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('receptionist')
  const [pin, setPin] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pin !== confirm) return setErrors({ confirm: 'The two PINs are not the same.' })
    setBusy(true)
    const result = await pos('users.create', { name: name.trim(), role, pin })
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    onAdded(result.value)
    notify({ tone: 'success', message: `${result.value.name} was added as ${ROLE_LABEL[result.value.role]}.` })
    setName('')
    setPin('')
    setConfirm('')
    setErrors({})
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError message={errors.form} />
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} autoComplete="off" />
      <SelectField label="Role" value={role} onChange={(event) => setRole(event.target.value as Role)} error={errors.role} hint={role === 'staff' ? 'Staff see only the queue: ticket numbers and first names.' : role === 'receptionist' ? 'Reception finds customers, takes bills and manages the queue.' : 'Owners can do everything.'}>
        <option value="receptionist">Reception</option>
        <option value="staff">Staff</option>
        <option value="owner">Owner</option>
      </SelectField>
      <div className="grid-2">
        <TextField label="PIN" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(event) => setPin(event.target.value)} error={errors.pin} hint={PIN_HINT} />
        <TextField label="PIN again" type="password" inputMode="numeric" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
      </div>
      <Button type="submit" variant="primary" busy={busy} icon={<Icon name="userPlus" size={16} />}>
        Add person
      </Button>
    </form>
  )
}

function ResetPinDialog({ user, onClose }: { user: UserAdmin; onClose: () => void }) {
  const notify = useToast()
  const [pin, setPin] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (pin !== confirm) return setErrors({ confirm: 'The two PINs are not the same.' })
    setBusy(true)
    const result = await pos('users.update', { id: user.id, pin })
    setBusy(false)
    if (!result.ok) return setErrors({ pin: result.error.fields?.pin ?? result.error.message })
    notify({ tone: 'success', message: `${user.name}’s PIN was changed.` })
    onClose()
  }

  return (
    <DialogForm title={`New PIN for ${user.name}`} description="Tell them the new PIN in person. Their current sessions end." onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Set PIN">
      <TextField label="New PIN" type="password" inputMode="numeric" autoFocus autoComplete="new-password" value={pin} onChange={(event) => setPin(event.target.value)} error={errors.pin} hint={pinHint(user.role)} />
      <TextField label="New PIN again" type="password" inputMode="numeric" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} error={errors.confirm} />
    </DialogForm>
  )
}
