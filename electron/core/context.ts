import type { Clock } from '../../db/clock'
import type { RecoveryKdfParams } from '../../db/key-recovery/key-recovery'
import type { Store } from '../../db/store'
import type { AuditTrail } from './audit/audit-trail'
import type { BackupService } from './backup/backup-service'
import type { RestoreResult } from './backup/backup.shapes'
import type { PinHasher } from './session/pin-hasher'
import type { MethodName, Output, ParsedInput } from './contract'
import type { Role } from '../../vocabulary'
import type { Session, SessionRegistry } from './session/sessions'

export type Logger = { error(message: string, detail?: Record<string, unknown>): void; warn(message: string, detail?: Record<string, unknown>): void }

/** What every connection shares: one per opened core. */
export type CoreServices = {
  store: Store
  clock: Clock
  pins: PinHasher
  audit: AuditTrail
  sessions: SessionRegistry
  logger: Logger
  /** The salon's IANA zone (a setting). */
  zone(): string
  /** The data key: main process only, for wrapping it under the recovery passphrase. */
  dataKey: Uint8Array
  recoveryKdf: RecoveryKdfParams
  databasePath: string
  backups: BackupService
  /** Replaces the open database with a verified backup (see restore.ts). Ends every session. */
  restore(file: string, passphrase: string | undefined, actorId: string | null): Promise<RestoreResult>
}

/** What a handler sees: the services, the caller, and a way to change the caller's session. */
export type HandlerContext = CoreServices & {
  /** The logged-in user, or null for methods open to anyone. */
  session: Session | null
  /** The caller's identity for role-gated methods (the dispatcher guarantees a session). */
  actor: { user_id: string; role: Role }
  startSession(session: Omit<Session, 'last_active_ms'>): void
  endSession(reason: string): void
}

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>

/** A domain's handlers: exactly the methods named, each typed by the contract. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handler<K> }
