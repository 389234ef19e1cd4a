import { useState } from 'react'
import type { User, UserTile } from '../../api/contract'
import { BrandHeader } from '../../components/Brand'
import { Avatar } from '../../components/bits'
import { ROLE_LABEL } from '../../format/names'
import type { LockReason } from '../../session/session-context'
import { PinEntry } from './PinEntry'

const REASONS: Record<LockReason, string> = {
  button: 'Locked. Customer details were cleared from the screen.',
  idle: 'Locked after a while without use. Customer details were cleared from the screen.',
  'session-ended': 'Your session ended. Customer details were cleared from the screen.',
  restored: 'The backup was restored. Everyone logs in again.',
}

/** The users as tiles; picking one opens the PIN pad. */
export function LoginScreen({ users, reason, notice, onLoggedIn }: { users: UserTile[]; reason: LockReason | null; notice: string | null; onLoggedIn: (user: User) => void }) {
  const [picked, setPicked] = useState<UserTile | null>(users.length === 1 ? (users[0] ?? null) : null)

  return (
    <main className="center-screen login-screen">
      <div className="login-card card">
        <BrandHeader subtitle="Who is at the counter?" />
        {reason ? (
          <div className="alert alert-info" role="status">
            {REASONS[reason]}
            {notice ? <div className="small">{notice}</div> : null}
          </div>
        ) : null}
        {picked ? (
          <PinEntry user={picked} onBack={users.length > 1 ? () => setPicked(null) : null} onLoggedIn={onLoggedIn} />
        ) : (
          <>
            <h1 className="login-title">Choose your name</h1>
            {users.length === 0 ? (
              <p className="muted">No active users. Ask the owner to reactivate an account.</p>
            ) : (
              <ul className="user-tiles" aria-label="Users">
                {users.map((user, index) => (
                  <li key={user.id}>
                    <button type="button" className="user-tile" onClick={() => setPicked(user)} autoFocus={index === 0}>
                      <Avatar name={user.name} size="lg" />
                      <span className="user-tile-name">{user.name}</span>
                      <span className="user-tile-role">{ROLE_LABEL[user.role]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </main>
  )
}
