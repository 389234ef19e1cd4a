import { systemClock, type Clock } from '../../db/clock'
import { loadSodium } from '../../db/sodium'
import { openStore, type Store } from '../../db/store'
import type { QuickCheckMode } from '../../db/connection'
import { DEFAULT_RECOVERY_KDF, type RecoveryKdfParams } from '../../db/key-recovery'
import { createAuditTrail } from './audit-trail'
import { createPinHasher, defaultPinHashParams, type PinHashParams } from './auth/pin-hasher'
import { createConnection, type Connection } from './connection'
import type { CoreServices, Logger } from './context'
import { SessionRegistry } from './sessions'

export type OpenCoreOptions = {
  databasePath: string
  /** 32 bytes: opens the PII vault and peppers PIN hashes. */
  dataKey: Uint8Array
  /** The clock; tests pass their own so they control time without sleeping. */
  now?: Clock
  /** Where errors are reported (never with PII). Default: the console. */
  logger?: Logger
  /** argon2id cost for PIN hashes; raising it rehashes each PIN at its next login. */
  pinHashParams?: PinHashParams
  quickCheck?: QuickCheckMode
  /** argon2id cost for the recovery passphrase's wrapping key (tests lower it). */
  recoveryKdfParams?: RecoveryKdfParams
}

export type Core = {
  /** A new connection with its own session: one per window. */
  connect(): Connection
  /** Flushes buffered audit entries, ends every session and closes the database. */
  close(): Promise<void>
  /** For the shell, tools and tests in the main process; never exposed to the renderer. */
  readonly store: Store
}

const consoleLogger: Logger = {
  error: (message, detail) => console.error(`[parlour] ${message}`, detail ?? ''),
  warn: (message, detail) => console.warn(`[parlour] ${message}`, detail ?? ''),
}

/** Opens the core: the one door to the data (API.md). */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const clock = options.now ?? systemClock
  const logger = options.logger ?? consoleLogger
  const store = await openStore({
    path: options.databasePath,
    dataKey: options.dataKey,
    clock,
    ...(options.quickCheck ? { quickCheck: options.quickCheck } : {}),
  })
  const sodium = await loadSodium()
  const services: CoreServices = {
    store,
    clock,
    logger,
    pins: createPinHasher(sodium, store.vault.pinPepper, options.pinHashParams ?? defaultPinHashParams(sodium)),
    audit: createAuditTrail(store, (error) => logger.error('could not write audit entries', { name: error instanceof Error ? error.name : 'unknown' })),
    sessions: new SessionRegistry(),
    zone: () => store.settings.get().time_zone,
    dataKey: Uint8Array.from(options.dataKey),
    recoveryKdf: options.recoveryKdfParams ?? DEFAULT_RECOVERY_KDF,
  }
  const connections = new Set<Connection>()
  let closed = false

  return {
    store,
    connect() {
      if (closed) throw new Error('The core is closed.')
      const connection = createConnection(services, () => connections.delete(connection))
      connections.add(connection)
      return connection
    },
    async close() {
      if (closed) return
      closed = true
      for (const connection of [...connections]) connection.close()
      services.audit.flush()
      await store.close()
    },
  }
}

export type { Connection } from './connection'
