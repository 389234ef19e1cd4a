import { toStoredTime } from '../../../db/clock'
import type { Clock } from '../../../db/clock'
import { readLedger, reapplyLedger, purgeOldBytes } from '../../../db/customers/erasure'
import { readLedgerFile } from '../../../db/customers/erasure-ledger-file'
import { rederiveInvoiceCounters } from '../../../db/numbering/numbering'
import type { QuickCheckMode } from '../../../db/sqlite/connection'
import { openStore, type Store } from '../../../db/store'
import { loadSodium } from '../../../db/vault/sodium'
import { createBackupService } from '../backup/backup-service'
import type { Logger } from '../logger'
import type { BackupService } from '../backup/backup-service'
import { createPinHasher, defaultPinHashParams, type PinHashParams, type PinHasher } from '../session/pin-hasher'

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

export type OpenDataOptions = {
  databasePath: string
  clock: Clock
  logger: Logger
  /** argon2id cost for PIN hashes; raising it rehashes each PIN at its next login. */
  pinHashParams?: PinHashParams | undefined
  quickCheck?: QuickCheckMode | undefined
  quickCheckMaxBytes?: number | undefined
}

/**
 * Opens the data with a key: the store (preflight, migrations, vault key check: a refusal is a
 * DatabaseOpenError and leaves the file as it was), erasures replayed from the ledger kept
 * beside the database, invoice counters re-derived from the numbers issued, and what hangs off the store (PIN hashing peppered by the key, backups).
 */
export async function openData(key: Uint8Array, options: OpenDataOptions): Promise<OpenData> {
  const { databasePath, clock, logger } = options
  const store = await openStore({
    path: databasePath,
    dataKey: key,
    clock,
    ...(options.quickCheck ? { quickCheck: options.quickCheck } : {}),
    ...(options.quickCheckMaxBytes !== undefined ? { quickCheckMaxBytes: options.quickCheckMaxBytes } : {}),
  })
  const erasedAgain = replayErasures(store, databasePath, logger)
  // A file copied back by hand rolls the counters back with it: number past what it has issued.
  if (rederiveInvoiceCounters(store.db, store.settings.get(), clock()) > 0) logger.warn('moved invoice counters past numbers the database had already issued')
  const sodium = await loadSodium()
  const zone = () => store.settings.get().time_zone
  return {
    store,
    dataKey: Uint8Array.from(key),
    pins: createPinHasher(sodium, store.vault.pinPepper, options.pinHashParams ?? defaultPinHashParams(sodium)),
    backups: createBackupService(() => ({ store, clock, zone, databasePath })),
    dailyBackup: Promise.resolve(null),
    erasedAgain,
  }
}

/** Waits for the day's backup and any backup running: only then may the database close. */
export async function settleData(data: OpenData): Promise<void> {
  await data.dailyBackup
  await data.backups.whenIdle()
}

/**
 * Every erasure is also recorded beside the database. If the file was swapped for an older copy
 * (a restore from the recovery screen, or by hand), erase again whoever the copy brought back.
 */
function replayErasures(store: Store, databasePath: string, logger: Logger): number {
  const known = new Set(readLedger(store.db).map((entry) => entry.customer_id))
  const missing = readLedgerFile(databasePath).filter((entry) => !known.has(entry.customer_id))
  if (missing.length === 0) return 0
  // Through the one writer, with an audit entry per customer erased again (the app did it, no user).
  const erased = store.writes.transact(null, () => {
    const count = reapplyLedger(store.db, store.writes.writer, missing)
    const at = toStoredTime(store.clock())
    store.audit.append(
      missing.map((entry) => ({ id: store.newId(), at, user_id: null, action: 'customer.erase_reapplied', target_id: entry.customer_id, customer_id: entry.customer_id, outcome: 'ok' as const })),
    )
    return count
  })
  if (erased > 0) {
    purgeOldBytes(store.db)
    logger.warn('erased customers again that an older copy of the database brought back', { count: erased })
  }
  return erased
}
