import type { Clock } from '../../db/clock'
import type { RecoveryKdfParams } from '../../db/key-recovery/key-recovery'
import type { Store } from '../../db/store'
import type { Role } from '../../vocabulary'
import type { DataGate } from './app/data-gate'
import type { PickPath } from './app/file-dialogs'
import type { AuditTrail } from './audit/audit-trail'
import type { BackupService } from './backup/backup-service'
import type { AppMethod, DataMethod, Output, ParsedInput } from './contract'
import type { Mutate } from './mutation'
import type { PinHasher } from './session/pin-hasher'
import type { Session, SessionRegistry } from './session/sessions'

export type Logger = { error(message: string, detail?: Record<string, unknown>): void; warn(message: string, detail?: Record<string, unknown>): void }

/** What lives as long as the core, whatever state its data is in (locked, damaged, open, swapped by a restore). */
export type CoreLife = {
  clock: Clock
  logger: Logger
  sessions: SessionRegistry
  /** One audit trail for the core's life: entries pending when the data is swapped go into the data that replaces it. */
  audit: AuditTrail
  recoveryKdf: RecoveryKdfParams
  databasePath: string
  /** Between the core and its data: the key, the passphrase, damage, restores. */
  gate: DataGate
  /** The system's file dialogs (a port the desktop shell provides); null where there are none. */
  pickPath: PickPath | null
}

/** The open data, replaced as a whole when a restore swaps the database. */
export type OpenData = {
  store: Store
  /** Main process only: for wrapping it under the recovery passphrase. */
  dataKey: Uint8Array
  pins: PinHasher
  backups: BackupService
  /** Settles when the day's automatic backup (if one was due when the data opened) has finished. */
  dailyBackup: Promise<unknown>
  /** Customers erased again as the data opened: the ledger beside the database named them, the file had them back. */
  erasedAgain: number
}

/** What every handler of the data shares. */
export type CoreServices = CoreLife &
  OpenData & {
    /** The salon's IANA zone (a setting). */
    zone(): string
  }

/** What a handler sees: the services, the caller, a way to change the caller's session, and the one mutation path. */
export type HandlerContext = CoreServices & {
  /** The logged-in user, or null for methods open to anyone. */
  session: Session | null
  /** The caller's identity for role-gated methods (the dispatcher guarantees a session). */
  actor: { user_id: string; role: Role }
  startSession(session: Omit<Session, 'last_active_ms'>): void
  endSession(reason: string): void
  /** Every change goes through here: the change and its audit entry commit together or not at all. */
  mutate: Mutate
}

/** What an `app.*` handler sees: it answers in every state, so the data may not be open. */
export type AppContext = CoreLife & {
  data: OpenData | null
  session: Session | null
  /** The window that called (the shell's own handle for it), for dialogs shown over it. */
  origin: unknown
}

export type Handler<M extends DataMethod> = (ctx: HandlerContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>
export type AppHandler<M extends AppMethod> = (ctx: AppContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>

/** A domain's handlers: exactly the methods named, each typed by the contract. */
export type HandlersFor<M extends DataMethod> = { [K in M]: Handler<K> }
export type AppHandlersFor<M extends AppMethod> = { [K in M]: AppHandler<K> }
