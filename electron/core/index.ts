import { systemClock, type Clock } from '../../db/clock'
import { loadSodium } from '../../db/vault/sodium'
import { openStore, type Store } from '../../db/store'
import type { QuickCheckMode } from '../../db/sqlite/connection'
import { DEFAULT_RECOVERY_KDF, type RecoveryKdfParams } from '../../db/key-recovery/key-recovery'
import { createAuditTrail } from './audit/audit-trail'
import { createPinHasher, defaultPinHashParams, type PinHashParams } from './session/pin-hasher'
import { createBackupService } from './backup/backup-service'
import { createConnection, type Connection } from './connection'
import type { CoreServices, Logger } from './context'
import { restoreIntoCore } from './backup/restore'
import { SessionRegistry } from './session/sessions'
import { readLedger, reapplyLedger, purgeOldBytes } from '../../db/customers/erasure'
import { readLedgerFile } from '../../db/customers/erasure-ledger-file'

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
  /** Make the day's backup at open when none exists yet (default true; needs a recovery passphrase). */
  dailyBackup?: boolean
  /**
   * A restore swapped in a backup written with another data key (a new PC): the shell must
   * store this key in place of the old one, or the next start cannot open the data.
   */
  onDataKeyChange?: (key: Uint8Array) => Promise<void> | void
}

export type Core = {
  /** A new connection with its own session: one per window. */
  connect(): Connection
  /** Waits for running backups, flushes buffered audit entries, ends every session and closes the database. */
  close(): Promise<void>
  /** The open store, for the shell, tools and tests in the main process; never exposed to the renderer. */
  readonly store: Store
  /** Settles when the day's automatic backup (if one was due) has finished. */
  readonly dailyBackup?: Promise<unknown>
}

/** Errors to the console, never with PII (the core's default; the shell uses it too). */
export const consoleLogger: Logger = {
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
  replayErasures(store, options.databasePath, logger)
  const sodium = await loadSodium()
  const pinParams = options.pinHashParams ?? defaultPinHashParams(sodium)

  // Everything tied to one database file and key, rebuilt when a restore swaps them.
  const bind = (s: Store, key: Uint8Array) => ({
    store: s,
    dataKey: Uint8Array.from(key),
    pins: createPinHasher(sodium, s.vault.pinPepper, pinParams),
  })
  const services: CoreServices = {
    ...bind(store, options.dataKey),
    // One trail for the core's life: what is pending when a restore swaps the store goes into the new one.
    audit: createAuditTrail(
      () => services.store,
      (error) => logger.error('could not write audit entries', { name: error instanceof Error ? error.name : 'unknown' }),
    ),
    clock,
    logger,
    sessions: new SessionRegistry(),
    zone: () => services.store.settings.get().time_zone,
    recoveryKdf: options.recoveryKdfParams ?? DEFAULT_RECOVERY_KDF,
    databasePath: options.databasePath,
    backups: createBackupService(() => services),
    restore: (file, passphrase, actorId) =>
      restoreIntoCore(
        services,
        async (next, key) => {
          const changed = Buffer.compare(Buffer.from(key), Buffer.from(services.dataKey)) !== 0
          Object.assign(services, bind(next, key))
          if (changed) await options.onDataKeyChange?.(Uint8Array.from(key))
        },
        file,
        passphrase,
        actorId,
      ),
  }
  const connections = new Set<Connection>()
  let closed = false

  const dailyBackup =
    options.dailyBackup === false
      ? Promise.resolve(null)
      : services.backups.dailyIfDue().catch((error: unknown) => {
          logger.error('the daily backup failed', { name: error instanceof Error ? error.name : 'unknown', message: error instanceof Error ? error.message : '' })
          return null
        })

  return {
    get store() {
      return services.store
    },
    dailyBackup,
    connect() {
      if (closed) throw new Error('The core is closed.')
      const connection = createConnection(services, () => connections.delete(connection))
      connections.add(connection)
      return connection
    },
    async close() {
      if (closed) return
      closed = true
      await dailyBackup
      await services.backups.whenIdle()
      for (const connection of [...connections]) connection.close()
      services.audit.flush()
      await services.store.close()
    },
  }
}

/**
 * Every erasure is also recorded beside the database. If the file was swapped for an older copy
 * (a restore from the recovery screen, or by hand), erase again whoever the copy brought back.
 */
function replayErasures(store: Store, databasePath: string, logger: Logger): void {
  const known = new Set(readLedger(store.db).map((entry) => entry.customer_id))
  const missing = readLedgerFile(databasePath).filter((entry) => !known.has(entry.customer_id))
  if (missing.length === 0) return
  const erased = reapplyLedger(store.db, missing)
  if (erased > 0) {
    purgeOldBytes(store.db)
    logger.warn('erased customers again that an older copy of the database brought back', { count: erased })
  }
}

export type { Connection } from './connection'
