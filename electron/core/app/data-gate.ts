import { existsSync } from 'node:fs'
import { prepareRestore, swapInBackup } from '../../../db/backup/restore'
import type { IntegrityReport } from '../../../db/sqlite/background-check'
import type { AuditRow } from '../../../db/audit/audit-log.table'
import { newestAuditIdIn } from '../../../db/audit/newest-in-file'
import { toStoredTime, type Clock } from '../../../db/clock'
import { readLedger, type ErasureEntry } from '../../../db/customers/erasure'
import { mergeLedgers, readLedgerFile, writeLedgerFile } from '../../../db/customers/erasure-ledger-file'
import { DatabaseOpenError, DomainError, validationError } from '../../../db/errors'
import { rederiveInvoiceCounters } from '../../../db/numbering/numbering'
import { readRecoveryWrap, recoveryPassphraseProblem, unwrapDataKey, wrapDataKey, type RecoveryKdfParams, type RecoveryWrap } from '../../../db/key-recovery/key-recovery'
import { fileStamp } from '../../../db/zoned-time'
import type { AuditTrail } from '../audit/audit-trail'
import type { RestoreResult } from '../backup/backup.shapes'
import type { Logger } from '../logger'
import type { OpenData } from './open-data'
import { mutate } from '../mutation'
import type { SessionRegistry } from '../session/sessions'
import type { AppStatus } from './app.shapes'
import { watchIntegrity } from './integrity-watch'
import { newDataKey, type DataKeyStore, type WeakKeyStoreReason } from './key-store-port'
import { settleData } from './open-data'
import { salonZoneOf } from './recovery-backups'

type LockedReason = WeakKeyStoreReason | 'key-store-changed'
type ProblemReason = Extract<AppStatus, { state: 'database-problem' }>['reason']

export type DataGate = {
  /** Decides once: opens the data, or waits for the owner's passphrase, or reports a problem. */
  start(): Promise<AppStatus>
  /** The current status (after start has decided). */
  status(): Promise<AppStatus>
  /** The open data, or null while it is locked or cannot be opened. */
  data(): OpenData | null
  /** Why the last attempt to open the data was refused, if it was (openCore rethrows it). */
  openError(): DatabaseOpenError | null
  /** True while the database is damaged ('corrupt'), whether or not it is still open: the recovery screen's state. */
  inRecovery(): boolean
  /** `app.unlock`: opens the data with the recovery passphrase kept (wrapped) in the database. */
  unlock(passphrase: string): Promise<AppStatus>
  /** `app.createPassphrase`: first run on a weak key store: a new key, protected by the passphrase. */
  createPassphrase(passphrase: string): Promise<AppStatus>
  /**
   * Swaps a verified backup in for the database, in every state: the owner's restore, a new PC
   * before setup, the recovery screen. The backup is verified and its key found before anything
   * is touched; then every session ends, the current file is kept aside (never deleted), the
   * backup is copied into place and opened, every erasure ever made is applied again, and the
   * key is stored if the backup brought another. Audit entries pending at the swap are carried
   * into the restored log, with the restore's own entry.
   */
  restore(file: string, passphrase: string | undefined, actorId: string | null): Promise<RestoreResult>
  /** Waits for running backups and closes the data (a restore or unlock in progress finishes first). */
  close(): Promise<void>
}

export type DataGateOptions = {
  databasePath: string
  keyStore: DataKeyStore
  logger: Logger
  clock: Clock
  recoveryKdf: RecoveryKdfParams
  sessions: SessionRegistry
  audit: AuditTrail
  /** Opens the data with a key; rejects with DatabaseOpenError, leaving the file as it was. */
  openData(key: Uint8Array): Promise<OpenData>
  /** Called each time the data opens at start, unlock or first run (not after a restore): the day's backup. */
  onOpened?: (data: OpenData) => void
  /** The background integrity check of a file too large to check before opening (a worker thread); none: not checked. */
  checkIntegrity?: ((path: string) => Promise<IntegrityReport>) | undefined
}

export const LOCKED_MESSAGES: Record<LockedReason, string> = {
  'weak-key-store':
    "This computer has no secure key store Parlour can use, so the data is protected by the owner's recovery passphrase. Enter it to open Parlour.",
  'key-store-unavailable': "This computer's key store is not available right now. Enter the owner's recovery passphrase to open Parlour.",
  'key-store-changed':
    "This computer's key store no longer holds the key for this data (it was reset or changed, or the data came from another computer). Enter the owner's recovery passphrase to open it.",
}

export const SETUP_MESSAGES: Record<WeakKeyStoreReason, string> = {
  'weak-key-store':
    'This computer has no secure key store Parlour can use. Choose a recovery passphrase (12 or more characters) to protect the data: you will enter it each time Parlour starts, and without it the data cannot be opened.',
  'key-store-unavailable':
    "This computer's key store is not available. Choose a recovery passphrase (12 or more characters) to protect the data: you will enter it each time Parlour starts, and without it the data cannot be opened.",
}

/** The key is not available and no recovery passphrase was set: say what would bring the data back. */
const noRecoveryMessage = (reason: LockedReason, path: string) =>
  (reason === 'key-store-unavailable'
    ? "This computer's key store is not available right now and no recovery passphrase was set, so Parlour cannot open its data yet. Restart Parlour once the key store is available (on Linux, sign in to the desktop so its keyring unlocks). "
    : "This computer's key store does not hold the key for Parlour's data and no recovery passphrase was set for it, so Parlour cannot open it. Restore the computer's key store, or restore a backup made after a recovery passphrase was set. ") +
  `Nothing has been changed or deleted: the file is kept at ${path}.`

const WRONG_PASSPHRASE = 'That passphrase does not open this data. Check it and try again.'

const damagedWhileOpen = (path: string) =>
  `Parlour found damage in its database at ${path} while it was running. Finish the bill in progress, then restore the newest backup: the damaged file is kept, never deleted.`

const SWAP_FAILED =
  'The backup could not be put in place (is the disk full?). Nothing has been changed: the database is where it was. Try again, or contact support.'

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'unknown')

/**
 * What stands between the core and its data: finds the data key (the key store port, or the
 * owner's recovery passphrase), opens the data with it, watches a large file for damage, and
 * swaps in backups. It never deletes, overwrites or re-keys a database, and never makes a new
 * key while a database exists: a file it cannot open is reported as it is and left exactly as
 * it was. One decision at a time: a double-clicked unlock never opens the data twice.
 */
export function createDataGate(options: DataGateOptions): DataGate {
  const { databasePath, keyStore, logger, clock } = options
  let current: AppStatus | null = null
  let data: OpenData | null = null
  let lastOpenError: DatabaseOpenError | null = null
  /** The key the data was last opened (or tried) with: the recovery screen restores with it. */
  let lastKey: Uint8Array | null = null
  let started: Promise<AppStatus> | null = null
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  const set = (status: AppStatus): AppStatus => (current = status)
  const problem = (reason: ProblemReason, message: string): AppStatus => set({ state: 'database-problem', reason, message })
  const inRecovery = () => current?.state === 'database-problem' && current.reason === 'corrupt'

  /** The recovery wrap kept in the database, or a problem status when the file cannot be read at all. */
  function recoveryWrap(): { wrap: RecoveryWrap | null } | { status: AppStatus } {
    try {
      return { wrap: readRecoveryWrap(databasePath) }
    } catch (error) {
      const code = (error as { code?: unknown }).code
      logger.error('could not read the recovery passphrase record', { name: errorName(error), code: String(code) })
      if (code === 'SQLITE_NOTADB') return { status: problem('not-a-database', `The file ${databasePath} is not a Parlour database. Nothing has been changed.`) }
      if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return { status: problem('corrupt', `The database ${databasePath} is damaged. Nothing has been changed; restore it from a backup.`) }
      return { status: problem('unreadable', `The database ${databasePath} could not be read. Nothing has been changed.`) }
    }
  }

  /** The data is there but its key is not: the owner's passphrase is the way in, if one was set. */
  function needPassphrase(reason: LockedReason): AppStatus {
    const found = recoveryWrap()
    if ('status' in found) return found.status
    if (found.wrap) return set({ state: 'passphrase-required', reason, message: LOCKED_MESSAGES[reason] })
    return problem('wrong-key', noRecoveryMessage(reason, databasePath))
  }

  /**
   * A restore swapped in data with another key: keep it in the key store (the old key file is
   * set aside, never deleted) so the next start opens it. Where the store is weak or unavailable
   * there is nothing to keep: a key can only change by restoring a backup that carries the data
   * key wrapped by its recovery passphrase, so that passphrase opens the data at the next start.
   */
  async function storeDataKey(key: Uint8Array): Promise<void> {
    lastKey = Uint8Array.from(key)
    try {
      if (await keyStore.save(key)) return
      logger.warn("the restored data's key is not kept in this computer's key store (weak or unavailable): its recovery passphrase opens it at the next start")
    } catch (error) {
      logger.error("could not store the restored data's key; its recovery passphrase opens it at the next start", { name: errorName(error) })
    }
  }

  /** Opens the data with a key; a refusal becomes a status and leaves the file as it was. */
  async function open(key: Uint8Array, onWrongKey: () => AppStatus, purpose: 'open' | 'restore' = 'open'): Promise<AppStatus> {
    lastKey = key
    try {
      const opened = await options.openData(key)
      data = opened
      lastOpenError = null
      if (purpose === 'open') options.onOpened?.(opened)
      // A large file skipped the check before opening: check it now, without holding up the counter.
      const preflight = opened.store.db.preflight
      if (options.checkIntegrity && !preflight.isNew && preflight.quickCheck === 'skipped') {
        void watchIntegrity({
          path: databasePath,
          check: options.checkIntegrity,
          logger,
          stillOpen: () => data === opened,
          onDamage: () => problem('corrupt', damagedWhileOpen(databasePath)),
        })
      }
      return set({ state: 'ready' })
    } catch (error) {
      if (error instanceof DatabaseOpenError) {
        lastOpenError = error
        logger.error('the database could not be opened', { reason: error.reason })
        return error.reason === 'wrong-key' ? onWrongKey() : problem(error.reason, error.message)
      }
      logger.error('the database could not be opened', { name: errorName(error) })
      return problem('unreadable', `Parlour could not open its database at ${databasePath}. Nothing has been changed. Restart Parlour; if this keeps happening, contact support.`)
    }
  }

  async function decide(): Promise<AppStatus> {
    const loaded = await keyStore.load()
    if (loaded.found === 'key') return open(loaded.key, () => needPassphrase('key-store-changed'))
    if (existsSync(databasePath)) return needPassphrase(loaded.found === 'locked' ? loaded.reason : await missingKeyReason())
    // No database yet: a first run (an unopenable old key file is kept aside when the new one is saved).
    const strength = await keyStore.strength()
    if (!strength.usable) return set({ state: 'passphrase-setup', reason: strength.reason, message: SETUP_MESSAGES[strength.reason] })
    const key = newDataKey()
    if (!(await keyStore.save(key))) return set({ state: 'passphrase-setup', reason: 'key-store-unavailable', message: SETUP_MESSAGES['key-store-unavailable'] })
    return open(key, () => problem('wrong-key', 'The new data key did not open the new database. Nothing has been changed.'))
  }

  async function missingKeyReason(): Promise<LockedReason> {
    const strength = await keyStore.strength()
    return strength.usable ? 'key-store-changed' : strength.reason
  }

  /** Anything unexpected while deciding (an unreadable key file, say) is a problem to show, not a crash. */
  async function decideSafely(): Promise<AppStatus> {
    try {
      return await decide()
    } catch (error) {
      logger.error('could not decide how to open the data', { name: errorName(error) })
      return problem('unreadable', `Parlour could not read its data key or database in ${databasePath}. Nothing has been changed. Restart Parlour; if this keeps happening, contact support.`)
    }
  }

  const start = () => (started ??= serial(decideSafely))

  /** The key in the key store, if it holds one that opens now. */
  async function storedKey(): Promise<Uint8Array | null> {
    try {
      const loaded = await keyStore.load()
      return loaded.found === 'key' ? loaded.key : null
    } catch {
      return null
    }
  }

  /** The salon's zone for naming the kept-aside file: the open data's setting, else what the backup says. */
  function zoneFor(open: OpenData | null, backupFile: string): string {
    try {
      if (open) return open.store.settings.get().time_zone
    } catch {
      // damaged data: ask the backup
    }
    return salonZoneOf(backupFile)
  }

  /** Every erasure known: the open database's ledger (if it can still be read) and the copy beside it. */
  function knownErasures(open: OpenData | null): ErasureEntry[] {
    let inDatabase: ErasureEntry[] = []
    try {
      if (open) inDatabase = readLedger(open.store.db)
    } catch (error) {
      logger.warn('could not read the erasure ledger of the database being replaced; the copy beside it is used', { name: errorName(error) })
    }
    return mergeLedgers(inDatabase, readLedgerFile(databasePath))
  }

  /** The entries of the log being replaced that the backup does not have (none if it cannot be read: damaged data). */
  function auditSince(open: OpenData | null, backupFile: string): AuditRow[] {
    if (!open) return []
    try {
      return open.store.audit.after(newestAuditIdIn(backupFile))
    } catch (error) {
      logger.warn('could not read the audit log of the database being replaced; its entries since the backup are not carried over', { name: errorName(error) })
      return []
    }
  }

  async function restore(file: string, passphrase: string | undefined, actorId: string | null): Promise<RestoreResult> {
    await start()
    const old = data
    if (old?.backups.isRunning()) throw new DomainError('CONFLICT', 'A backup is running. Restore when it has finished.')
    const currentKey = old?.dataKey ?? lastKey ?? (await storedKey())
    // Verify the backup and find its key while everything still runs: a bad file changes nothing.
    // That takes seconds on a worker at a million customers; reads audited meanwhile stay pending
    // for the log that is live after the swap, not the file it sets aside.
    const release = options.audit.hold()
    const key = await prepareRestore({ backupFile: file, currentKey: currentKey ?? undefined, passphrase }).finally(release)
    const ledger = knownErasures(old)
    const stamp = fileStamp(clock(), zoneFor(old, file))

    // The sessions' last entries and any reads still buffered stay pending in the core's one
    // audit trail and go into whichever database is open next: none is lost with the swap.
    options.sessions.endAll('session.ended_by_restore')
    // What the log recorded since the backup was made goes into the restored log, marked: read
    // once the data has settled (its last flush done), just before it closes.
    let newer: AuditRow[] = []
    // This PC's desk: the restored data stays this desk's, with its clock never going back (SYNC.md's restore rule).
    const liveDesk = old ? old.store.writes.desk() : null
    if (old) {
      try {
        await settleData(old)
        newer = auditSince(old, file)
        data = null
        await old.store.close()
      } catch (error) {
        data = null
        logger.error('could not close the database cleanly before restoring', { name: errorName(error) })
      }
    }
    // Every erasure ever made goes beside the database first: opening the restored data erases again whoever it brings back.
    writeLedgerFile(databasePath, ledger)
    let keptAside: string | null
    try {
      keptAside = await swapInBackup({ databasePath, backupFile: file, stamp })
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
      logger.error('could not put the backup in place; the database was put back', { name: errorName(error), code })
      // Nothing was swapped: the database that was open (even a damaged one serving a bill) serves again.
      if (old) {
        const status = current
        await open(old.dataKey, () => problem('wrong-key', 'The database did not open again with its own key. Nothing has been deleted.'), 'restore')
        if (status?.state === 'database-problem' && data) set(status)
      }
      throw new DomainError('INTERNAL', SWAP_FAILED)
    }

    const opened = await open(key, () => problem('wrong-key', `The restored backup did not open with its key. Nothing has been deleted: the database it replaced is kept at ${keptAside ?? databasePath}.`), 'restore')
    const restored = data as OpenData | null
    if (opened.state !== 'ready' || !restored) throw new DomainError('INTERNAL', opened.state === 'database-problem' ? opened.message : 'The restored backup could not be opened.')
    if (!currentKey || Buffer.compare(Buffer.from(key), Buffer.from(currentKey)) !== 0) await storeDataKey(key)

    const { store } = restored
    store.writes.afterRestore(liveDesk)
    // The carried entries know the invoice numbers issued since the backup: number past them.
    mutate(
      store,
      options.audit,
      actorId,
      () => {
        store.audit.carryOver(newer)
        rederiveInvoiceCounters(store.db, store.settings.get(), clock())
      },
      { action: 'backup.restore', target_id: null },
    )
    options.audit.flush()
    const count = (table: 'customers' | 'bills') => store.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    return { restored_from: file, kept_aside: keptAside, customers: count('customers'), bills: count('bills'), re_erased: restored.erasedAgain }
  }

  return {
    start,
    status: async () => {
      const decided = await start()
      return current ?? decided
    },
    data: () => data,
    openError: () => lastOpenError,
    inRecovery,

    unlock: (passphrase) =>
      serial(async () => {
        const status = await start()
        if (current?.state !== 'passphrase-required') return current ?? status
        const found = recoveryWrap()
        if ('status' in found) return found.status
        if (!found.wrap) return problem('wrong-key', noRecoveryMessage(current.reason, databasePath))
        const key = await unwrapDataKey(found.wrap, passphrase)
        if (!key) throw validationError({ passphrase: WRONG_PASSPHRASE }, WRONG_PASSPHRASE)
        const opened = await open(key, () =>
          problem('wrong-key', `The recovery passphrase opened a key that does not fit this database. Nothing has been changed: the file is kept at ${databasePath}.`),
        )
        // Where the key store is strong again (or a new backend is), keep the key there so the
        // next start needs no passphrase. A weak store refuses, and the passphrase stays the way in.
        if (opened.state === 'ready') await keyStore.save(key).catch(() => logger.warn('could not store the data key in the key store'))
        return opened
      }),

    createPassphrase: (passphrase) =>
      serial(async () => {
        const status = await start()
        if (current?.state !== 'passphrase-setup') return current ?? status
        const reason = current.reason
        const weakness = recoveryPassphraseProblem(passphrase)
        if (weakness) throw validationError({ passphrase: weakness }, weakness)
        // Never create a key for a database that appeared meanwhile: it has a key of its own.
        if (existsSync(databasePath)) return needPassphrase(reason)
        const key = newDataKey()
        // The slow argon2id derivation runs before the database exists, so a crash here leaves nothing behind.
        const wrap = await wrapDataKey(key, passphrase, toStoredTime(clock()), options.recoveryKdf)
        const opened = await open(key, () => problem('wrong-key', 'The new data key did not open the new database. Nothing has been changed.'))
        if (opened.state !== 'ready' || !data) return opened
        const { store } = data
        mutate(store, options.audit, null, () => store.recovery.set(wrap), { action: 'security.recovery_passphrase_set', target_id: 'key_recovery' })
        return opened
      }),

    restore: (file, passphrase, actorId) => serial(() => restore(file, passphrase, actorId)),

    close: () =>
      serial(async () => {
        const open = data
        if (!open) return
        await settleData(open)
        options.audit.flush()
        data = null
        await open.store.close()
      }),
  }
}
