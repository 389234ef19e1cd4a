import type { Clock } from '../../db/clock'
import type { RecoveryKdfParams } from '../../db/key-recovery/key-recovery'
import type { Role } from '../../vocabulary'
import type { DataGate } from './app/data-gate'
import type { OpenData } from './app/open-data'
import type { Logger } from './logger'
import type { PickPath } from './app/file-dialogs'
import type { OpenExternal, PrinterPort } from './invoice/shell-ports'
import type { AuditTrail } from './audit/audit-trail'
import type { AppMethod, DataMethod, Output, ParsedInput } from './contract'
import type { Mutate, RecordAction } from './mutation'
import type { ReadStore } from '../../db/store-views'
import type { Session, SessionRegistry } from './session/sessions'
import type { UnknownLoginLimiter } from './session/unknown-logins'
import type { SearchPace } from './customers/search-pace'

export type { Logger } from './logger'
export type { OpenData } from './app/open-data'

/** What lives as long as the core, whatever state its data is in (locked, damaged, open, swapped by a restore). */
export type CoreLife = {
  clock: Clock
  logger: Logger
  sessions: SessionRegistry
  /** Logins naming no active user, counted across every window (session/unknown-logins.ts). */
  unknownLogins: UnknownLoginLimiter
  /** Each user's customer searches, counted across every window: far faster than anyone types is paused (customers/search-pace.ts). */
  searchPace: SearchPace
  /** One audit trail for the core's life: entries pending when the data is swapped go into the data that replaces it. */
  audit: AuditTrail
  recoveryKdf: RecoveryKdfParams
  databasePath: string
  /** Between the core and its data: the key, the passphrase, damage, restores. */
  gate: DataGate
  /** The system's file dialogs (a port the desktop shell provides); null where there are none. */
  pickPath: PickPath | null
  /** The printers and the window's print and PDF (a port the desktop shell provides); null where there are none. */
  printer: PrinterPort | null
  /** The system browser, for WhatsApp links only (a port the desktop shell provides); null where there is none. */
  openExternal: OpenExternal | null
}

/** What every handler of the data shares. */
export type CoreServices = CoreLife &
  OpenData & {
    /** The salon's IANA zone (a setting). */
    zone(): string
  }

/**
 * What a handler sees: the services with a read-only store, the caller, a way to change the
 * caller's session, and the one mutation path (the only place a write store exists).
 */
export type HandlerContext = Omit<CoreServices, 'store'> & {
  readonly store: ReadStore
  /** The logged-in user, or null for methods open to anyone. */
  session: Session | null
  /** The window that called (the shell's own handle for it), for printing what it shows. */
  origin: unknown
  /** The caller's identity for role-gated methods (the dispatcher guarantees a session). */
  actor: { user_id: string; role: Role }
  startSession(session: Omit<Session, 'last_active_ms'>): void
  endSession(reason: string): void
  /** Every change goes through here: the change and its audit entry commit together or not at all. */
  mutate: Mutate
  /** Audits an action that changes no data (an export, a share, a backup run), now. */
  recordAction: RecordAction
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
