import { systemClock, type Clock } from '../../db/clock'
import { DatabaseOpenError } from '../../db/errors'
import { DEFAULT_RECOVERY_KDF, type RecoveryKdfParams } from '../../db/key-recovery/key-recovery'
import { checkIntegrityInBackground, type IntegrityReport } from '../../db/sqlite/background-check'
import type { QuickCheckMode } from '../../db/sqlite/connection'
import type { Store } from '../../db/store'
import type { AppStatus } from './app/app.shapes'
import { createDataGate, type DataGate } from './app/data-gate'
import type { PickPath } from './app/file-dialogs'
import type { OpenExternal, PrinterPort } from './invoice/shell-ports'
import { givenKey, type DataKeyStore } from './app/key-store-port'
import { openData } from './app/open-data'
import { createAuditTrail } from './audit/audit-trail'
import { createConnection, type Connection } from './connection'
import { createUnknownLoginLimiter } from './session/unknown-logins'
import { createSearchPace, type SearchLimits } from './customers/search-pace'
import type { CoreLife } from './context'
import type { Logger } from './logger'
import type { PinHashParams } from './session/pin-hasher'
import { SessionRegistry } from './session/sessions'

/** What every way of opening the core shares. */
type CoreOptionsBase = {
  databasePath: string
  /** The clock; tests pass their own so they control time without sleeping. */
  now?: Clock
  /** Where errors are reported (never with PII). Default: the console. */
  logger?: Logger
  /** argon2id cost for PIN hashes; raising it rehashes each PIN at its next login. */
  /** How fast each user may search (customers/search-pace.ts); default SEARCH_LIMITS. The benchmark widens the hour's budget. */
  searchLimits?: SearchLimits
  pinHashParams?: PinHashParams
  /** argon2id cost for the recovery passphrase's wrapping key (tests lower it). */
  recoveryKdfParams?: RecoveryKdfParams
  quickCheck?: QuickCheckMode
  /** With quickCheck 'auto' (the default): files larger than this are opened at once and checked in the background. */
  quickCheckMaxBytes?: number
  /** Make the day's backup when the data opens and none exists yet (default true; needs a recovery passphrase). */
  dailyBackup?: boolean
  /** The port to the printers and the window's print and PDF, if there are any. */
  printer?: PrinterPort
  /** The port to the system browser (WhatsApp links only), if there is one. */
  openExternal?: OpenExternal
}

/** The desktop app's core: it finds the key itself, through the OS key store. */
export type StartCoreOptions = CoreOptionsBase & {
  /** The port to the OS key store (the shell wraps Electron's safeStorage). */
  keyStore: DataKeyStore
  /** The port to the system's file dialogs, if there are any. */
  pickPath?: PickPath
  /** The background integrity check of a large file (default: a worker thread; null: none). */
  checkIntegrity?: ((path: string) => Promise<IntegrityReport>) | null
}

/** A core opened with a key in hand: tests, tools, the benchmark (API.md). */
export type OpenCoreOptions = CoreOptionsBase & {
  /** 32 bytes: opens the PII vault and peppers PIN hashes. */
  dataKey: Uint8Array
  /**
   * A restore swapped in a backup written with another data key (a new PC): the caller must
   * keep this key in place of the old one, or the next start cannot open the data.
   */
  onDataKeyChange?: (key: Uint8Array) => Promise<void> | void
  /** The background integrity check of a large file (default: none). */
  checkIntegrity?: ((path: string) => Promise<IntegrityReport>) | null
}

export type Core = {
  /** Settles once the core has decided whether the data opens (what `app.status` answers). */
  start(): Promise<AppStatus>
  /** A new connection with its own session: one per window. `origin` is the window, for dialogs shown over it. */
  connect(origin?: unknown): Connection
  /** Ends every session, waits for running backups, flushes buffered audit entries and closes the database. */
  close(): Promise<void>
  /** The open store, for tools and tests in the main process; never exposed to the renderer. Throws while the data is not open. */
  readonly store: Store
  /** Settles when the day's automatic backup (if one was due when the data opened) has finished. */
  readonly dailyBackup: Promise<unknown>
}

/** Errors to the console, never with PII (the core's default; the shell uses it too). */
export const consoleLogger: Logger = {
  error: (message, detail) => console.error(`[parlour] ${message}`, detail ?? ''),
  warn: (message, detail) => console.warn(`[parlour] ${message}`, detail ?? ''),
}

/**
 * Starts the core: the one door to the data (ARCHITECTURE rule 11). It answers every method in
 * every state of the app through one dispatcher: before the data is open (first run, a locked
 * key store, damaged data) only the `app.*` methods do anything; once it is open, everything.
 * It never throws: `app.status` (and `start()`) say what state the data is in.
 */
export function startCore(options: StartCoreOptions): Core {
  return assemble(options).core
}

function assemble(options: StartCoreOptions): { core: Core; gate: DataGate } {
  const clock = options.now ?? systemClock
  const logger = options.logger ?? consoleLogger
  const { databasePath } = options
  const sessions = new SessionRegistry()
  const checkIntegrity = options.checkIntegrity === undefined ? checkIntegrityInBackground : (options.checkIntegrity ?? undefined)
  const audit = createAuditTrail({
    clock,
    currentStore: () => gate.data()?.store ?? null,
    onError: (error) => logger.error('could not write audit entries', { name: error instanceof Error ? error.name : 'unknown' }),
  })
  const gate = createDataGate({
    databasePath,
    keyStore: options.keyStore,
    logger,
    clock,
    recoveryKdf: options.recoveryKdfParams ?? DEFAULT_RECOVERY_KDF,
    sessions,
    audit,
    checkIntegrity,
    openData: (key) =>
      openData(key, { databasePath, clock, logger, pinHashParams: options.pinHashParams, quickCheck: options.quickCheck, quickCheckMaxBytes: options.quickCheckMaxBytes }),
    onOpened: (data) => {
      if (options.dailyBackup === false) return
      data.dailyBackup = data.backups.dailyIfDue().catch((error: unknown) => {
        logger.error('the daily backup failed', { name: error instanceof Error ? error.name : 'unknown', message: error instanceof Error ? error.message : '' })
        return null
      })
    },
  })
  const life: CoreLife = { clock, logger, sessions, unknownLogins: createUnknownLoginLimiter(clock), searchPace: createSearchPace(clock, options.searchLimits), audit, recoveryKdf: options.recoveryKdfParams ?? DEFAULT_RECOVERY_KDF, databasePath, gate, pickPath: options.pickPath ?? null, printer: options.printer ?? null, openExternal: options.openExternal ?? null }
  const connections = new Set<Connection>()
  let closed = false

  const core: Core = {
    start: () => gate.start(),
    get store() {
      const data = gate.data()
      if (!data) throw new Error('The data is not open.')
      return data.store
    },
    get dailyBackup() {
      return gate.data()?.dailyBackup ?? Promise.resolve(null)
    },
    connect(origin) {
      if (closed) throw new Error('The core is closed.')
      const connection = createConnection(life, origin, () => connections.delete(connection))
      connections.add(connection)
      return connection
    },
    async close() {
      if (closed) return
      closed = true
      for (const connection of [...connections]) connection.close()
      await gate.close()
    },
  }
  return { core, gate }
}

/**
 * Opens the core with a data key in hand (API.md): the same core the desktop app starts, with a
 * key store that holds just this key. Rejects with the DatabaseOpenError that refused the file
 * (left exactly as it was) when the data does not open.
 */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const { dataKey, onDataKeyChange, ...rest } = options
  const { core, gate } = assemble({ ...rest, keyStore: givenKey(dataKey, onDataKeyChange), checkIntegrity: options.checkIntegrity ?? null })
  const status = await core.start()
  if (status.state === 'ready') return core
  await core.close()
  throw gate.openError() ?? new DatabaseOpenError('unreadable', options.databasePath, status.state === 'database-problem' ? status.message : 'The data could not be opened.')
}

export type { Connection } from './connection'
export type { Logger } from './logger'
export type { AppStatus } from './app/app.shapes'
export { givenKey, type DataKeyStore, type KeyStoreStrength, type LoadedKey, type WeakKeyStoreReason } from './app/key-store-port'
export type { PickPath, PickPathRequest } from './app/file-dialogs'
export type { OpenExternal, PaperSize, PrinterInfo, PrinterPort, PrintRequest } from './invoice/shell-ports'
export { createDataKeyStore, type SafeStoragePort } from './app/os-key-store'
