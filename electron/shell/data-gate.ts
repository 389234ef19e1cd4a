import { existsSync } from 'node:fs'
import { checkIntegrityInBackground, type IntegrityReport } from '../../db/sqlite/background-check'
import { systemClock, toStoredTime, type Clock } from '../../db/clock'
import { SYNC_QUICK_CHECK_MAX_BYTES } from '../../db/sqlite/connection'
import { DatabaseOpenError } from '../../db/errors'
import { DEFAULT_RECOVERY_KDF, readRecoveryWrap, recoveryPassphraseProblem, unwrapDataKey, wrapDataKey, type RecoveryKdfParams, type RecoveryWrap } from '../../db/key-recovery/key-recovery'
import type { Core } from '../core'
import { createAuditTrail } from '../core/audit/audit-trail'
import type { Logger } from '../core/context'
import { fail } from '../core/envelope'
import type { AppStatus, BackupInfo, Result } from '../core/contract'
import { newDataKey, type DataKeyStore, type WeakKeyStoreReason } from './data-key-store'
import { quickCheckFor, watchIntegrity } from './integrity-watch'
import { recoveryBackups } from './recovery-backups'
import { swapInVerifiedBackup } from './recovery-restore'

type LockedReason = WeakKeyStoreReason | 'key-store-changed'
type ProblemReason = Extract<AppStatus, { state: 'database-problem' }>['reason']

export type DataGate = {
  /** Decides once: opens the core, or waits for the owner's passphrase, or reports a problem. */
  start(): Promise<AppStatus>
  /** The current status (after start has decided). */
  status(): Promise<AppStatus>
  /** The open core, or null while the data is locked or cannot be opened. */
  core(): Core | null
  /** `app.unlock`: opens the data with the recovery passphrase kept (wrapped) in the database. */
  unlock(passphrase: string): Promise<Result<AppStatus>>
  /** `app.createPassphrase`: first run on a weak key store: a new key, protected by the passphrase. */
  createPassphrase(passphrase: string): Promise<Result<AppStatus>>
  /** True while the database is damaged ('corrupt'): the recovery screen's methods are answered by the gate. */
  inRecovery(): boolean
  /** `app.recoveryOptions` on the recovery screen: verified backups beside the database, newest first. */
  recoveryOptions(): Promise<{ backups: BackupInfo[] }>
  /** `app.restoreBackup` on the recovery screen: keeps the damaged file aside, swaps the backup in, opens it. */
  restoreBackup(file: string, passphrase: string | undefined): Promise<Result<AppStatus>>
  close(): Promise<void>
}

/** What the gate tells the core opener besides the key. */
export type OpenCoreHooks = {
  /** 'sync': quick_check before opening (files up to the limit); 'skip': the gate checks it in the background after. */
  quickCheck: 'sync' | 'skip'
  /** The core restored a backup written with another data key: the gate stores it for the next start. Never rejects. */
  onDataKeyChange(key: Uint8Array): Promise<void>
}

export type DataGateOptions = {
  databasePath: string
  keyStore: DataKeyStore
  /** Opens the core on the database with this key (rejects with DatabaseOpenError). */
  openCore(dataKey: Uint8Array, hooks: OpenCoreHooks): Promise<Core>
  logger: Logger
  now?: Clock
  recoveryKdf?: RecoveryKdfParams
  /** Files larger than this are opened without the synchronous quick_check and checked in the background. */
  quickCheckMaxBytes?: number
  /** The background check (a worker thread in the app). */
  checkIntegrity?: (path: string) => Promise<IntegrityReport>
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

/**
 * What stands between the app and its data: finds the data key (OS key store, or the owner's
 * recovery passphrase) and opens the core with it. It never deletes, overwrites or re-keys a
 * database, and never makes a new key while a database exists: a file it cannot open is
 * reported as it is and left exactly as it was.
 */
export function createDataGate(options: DataGateOptions): DataGate {
  const { databasePath, keyStore, logger } = options
  const clock = options.now ?? systemClock
  const kdf = options.recoveryKdf ?? DEFAULT_RECOVERY_KDF
  const maxSyncBytes = options.quickCheckMaxBytes ?? SYNC_QUICK_CHECK_MAX_BYTES
  const checkIntegrity = options.checkIntegrity ?? checkIntegrityInBackground
  let current: AppStatus | null = null
  let core: Core | null = null
  /** The key the data was last opened (or tried) with: the recovery screen restores with it. */
  let lastKey: Uint8Array | null = null
  let started: Promise<AppStatus> | null = null
  // One decision at a time: a double-clicked unlock never opens the core twice.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  // The gate's own audit entries (no session: the data was just opened or restored), written as the core writes them.
  const auditOf = (store: Core['store']) => createAuditTrail(() => store, () => undefined)

  const set = (status: AppStatus): AppStatus => (current = status)
  const problem = (reason: ProblemReason, message: string): AppStatus => set({ state: 'database-problem', reason, message })

  /** The recovery wrap kept in the database, or a problem status when the file cannot be read at all. */
  function recoveryWrap(): { wrap: RecoveryWrap | null } | { status: AppStatus } {
    try {
      return { wrap: readRecoveryWrap(databasePath) }
    } catch (error) {
      const code = (error as { code?: unknown }).code
      logger.error('could not read the recovery passphrase record', { name: error instanceof Error ? error.name : 'unknown', code: String(code) })
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
   * A restore swapped in data with another key: keep it in the OS key store (the old key file is
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
      logger.error("could not store the restored data's key; its recovery passphrase opens it at the next start", { name: error instanceof Error ? error.name : 'unknown' })
    }
  }

  /** Opens the core with a key; a refusal becomes a status and leaves the file as it was. */
  async function open(key: Uint8Array, onWrongKey: () => AppStatus): Promise<AppStatus> {
    lastKey = key
    const quickCheck = quickCheckFor(databasePath, maxSyncBytes)
    try {
      const opened = await options.openCore(key, { quickCheck, onDataKeyChange: storeDataKey })
      core = opened
      // A large file skipped the check before opening: check it now, without holding up the counter.
      if (quickCheck === 'skip') {
        watchIntegrity({ path: databasePath, check: checkIntegrity, logger, stillOpen: () => core === opened, onDamage: () => problem('corrupt', damagedWhileOpen(databasePath)) })
      }
      return set({ state: 'ready' })
    } catch (error) {
      if (error instanceof DatabaseOpenError) {
        logger.error('the database could not be opened', { reason: error.reason })
        return error.reason === 'wrong-key' ? onWrongKey() : problem(error.reason, error.message)
      }
      logger.error('the database could not be opened', { name: error instanceof Error ? error.name : 'unknown' })
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
      logger.error('could not decide how to open the data', { name: error instanceof Error ? error.name : 'unknown' })
      return problem('unreadable', `Parlour could not read its data key or database in ${databasePath}. Nothing has been changed. Restart Parlour; if this keeps happening, contact support.`)
    }
  }

  const start = () => (started ??= serial(decideSafely))

  const inRecovery = () => current?.state === 'database-problem' && current.reason === 'corrupt'

  /** The key in the OS key store, if it holds one that opens now. */
  async function storedKey(): Promise<Uint8Array | null> {
    try {
      const loaded = await keyStore.load()
      return loaded.found === 'key' ? loaded.key : null
    } catch {
      return null
    }
  }

  return {
    start,
    status: async () => {
      const decided = await start()
      return current ?? decided
    },
    core: () => core,

    unlock: (passphrase) =>
      serial(async () => {
        const status = await start()
        if (current?.state !== 'passphrase-required') return { ok: true, value: current ?? status }
        const found = recoveryWrap()
        if ('status' in found) return { ok: true, value: found.status }
        if (!found.wrap) return { ok: true, value: problem('wrong-key', noRecoveryMessage(current.reason, databasePath)) }
        const key = await unwrapDataKey(found.wrap, passphrase)
        if (!key) return fail('VALIDATION', WRONG_PASSPHRASE, { fields: { passphrase: WRONG_PASSPHRASE } })
        const opened = await open(key, () =>
          problem('wrong-key', `The recovery passphrase opened a key that does not fit this database. Nothing has been changed: the file is kept at ${databasePath}.`),
        )
        // Where the key store is strong again (or a new backend is), keep the key there so the
        // next start needs no passphrase. A weak store refuses, and the passphrase stays the way in.
        if (opened.state === 'ready') await keyStore.save(key).catch(() => logger.warn('could not store the data key in the key store'))
        return { ok: true, value: opened }
      }),

    createPassphrase: (passphrase) =>
      serial(async () => {
        const status = await start()
        if (current?.state !== 'passphrase-setup') return { ok: true, value: current ?? status }
        const reason = current.reason
        const weakness = recoveryPassphraseProblem(passphrase)
        if (weakness) return fail('VALIDATION', weakness, { fields: { passphrase: weakness } })
        // Never create a key for a database that appeared meanwhile: it has a key of its own.
        if (existsSync(databasePath)) return { ok: true, value: needPassphrase(reason) }
        const key = newDataKey()
        // The slow argon2id derivation runs before the database exists, so a crash here leaves nothing behind.
        const wrap = await wrapDataKey(key, passphrase, toStoredTime(clock()), kdf)
        const opened = await open(key, () => problem('wrong-key', 'The new data key did not open the new database. Nothing has been changed.'))
        if (opened.state !== 'ready' || !core) return { ok: true, value: opened }
        const { store } = core
        store.db.sync.transaction(() => {
          store.recovery.set(wrap)
          auditOf(store).change({ action: 'security.recovery_passphrase_set', user_id: null, target_id: 'key_recovery' })
        })
        return { ok: true, value: opened }
      }),

    inRecovery,

    recoveryOptions: async () => {
      await start()
      return { backups: inRecovery() ? recoveryBackups(databasePath) : [] }
    },

    restoreBackup: (file, passphrase) =>
      serial(async () => {
        const status = await start()
        if (!inRecovery()) return { ok: true, value: current ?? status }
        const currentKey = lastKey ?? (await storedKey())
        const running = core
        const swapped = await swapInVerifiedBackup({
          databasePath,
          file,
          passphrase,
          currentKey,
          now: clock(),
          logger,
          // Damage found in the background: the core still serves the damaged file, so it is
          // closed (a running backup awaited, audit flushed) only now that the backup checked out.
          beforeSwap: async () => {
            core = null
            await running?.close()
          },
        })
        if (!swapped.ok) {
          // Nothing was swapped: a core that was serving the damaged data serves it again.
          if (swapped.closed && running && currentKey) {
            if ((await open(currentKey, () => current ?? status)).state === 'ready') problem('corrupt', damagedWhileOpen(databasePath))
          }
          return swapped.result
        }
        if (!currentKey || Buffer.compare(Buffer.from(swapped.key), Buffer.from(currentKey)) !== 0) await storeDataKey(swapped.key)
        // The core replays the erasure ledger kept beside the database as it opens.
        const opened = await open(swapped.key, () => problem('wrong-key', `The restored backup did not open with its key. Nothing has been deleted: the damaged file is kept at ${swapped.keptAside ?? databasePath}.`))
        if (opened.state === 'ready' && core) auditOf(core.store).change({ action: 'backup.restore', user_id: null })
        return { ok: true, value: opened }
      }),

    // Waits for an unlock in progress, so a core opened during shutdown is closed too.
    close: () =>
      serial(async () => {
        const opened = core
        core = null
        if (opened) await opened.close()
      }),
  }
}
