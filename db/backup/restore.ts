import { existsSync, renameSync, rmSync } from 'node:fs'
import { validationError } from '../errors'
import { readRecoveryWrap, unwrapDataKey } from '../key-recovery/key-recovery'
import { createVault } from '../vault/vault'
import { keyCheckOf } from '../vault/key-check'
import { withReadOnly } from '../sqlite/readonly'
import { copyDatabaseInWorker } from '../bulk/backup-copy'
import { verifyBackupInWorker } from '../bulk/backup-verification'

export type RestoreOptions = {
  databasePath: string
  backupFile: string
  /** The key of the database being replaced; tried first. */
  currentKey?: Uint8Array | undefined
  /** The owner's recovery passphrase: opens a backup written with another key (a new PC). */
  passphrase?: string | undefined
  /** Used to name the set-aside copy of the current database. */
  stamp: string
}

/** Does `key` open the database at `file` (its vault key check)? */
async function keyOpens(file: string, key: Uint8Array): Promise<boolean> {
  const vault = await createVault(key)
  return withReadOnly(file, (db) => keyCheckOf(db, vault) === 'opens')
}

/** Works out which data key opens a backup: the current one, or the one its recovery passphrase unwraps. */
export async function keyForBackup(backupFile: string, currentKey: Uint8Array | undefined, passphrase: string | undefined): Promise<Uint8Array> {
  if (currentKey && (await keyOpens(backupFile, currentKey))) return currentKey
  if (!passphrase) {
    throw validationError({ passphrase: 'This backup was made on another computer or with another key: enter the recovery passphrase.' }, 'Enter the recovery passphrase for this backup.')
  }
  const wrap = readRecoveryWrap(backupFile)
  if (!wrap) throw validationError({ passphrase: 'This backup holds no recovery passphrase, so it can only be opened on the computer that made it.' })
  const key = await unwrapDataKey(wrap, passphrase)
  if (!key || !(await keyOpens(backupFile, key))) throw validationError({ passphrase: 'That passphrase does not open this backup.' }, 'That passphrase does not open this backup.')
  return key
}

/** Checks a backup before anything is touched: it verifies, and we know which key opens it. */
export async function prepareRestore(options: Pick<RestoreOptions, 'backupFile' | 'currentKey' | 'passphrase'>): Promise<Uint8Array> {
  const report = await verifyBackupInWorker(options.backupFile)
  if (!report.ok) throw validationError({ file: `This backup cannot be restored: ${report.problems.join('; ')}` }, 'This backup cannot be restored.')
  return keyForBackup(options.backupFile, options.currentKey, options.passphrase)
}

/**
 * Copies a prepared backup into place: keeps the current database aside under a name no
 * earlier restore has used (never deleted, never renamed over), then copies the backup in with SQLite's backup API. The caller has closed
 * the current database and reopens it. On failure the original is put back as it was.
 */
export async function swapInBackup(options: Pick<RestoreOptions, 'databasePath' | 'backupFile' | 'stamp'>): Promise<string | null> {
  let keptAside: string | null = null
  if (existsSync(options.databasePath)) {
    keptAside = keptAsideName(options.databasePath, options.stamp)
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${options.databasePath}${suffix}`)) renameSync(`${options.databasePath}${suffix}`, `${keptAside}${suffix}`)
    }
  }
  try {
    // On a worker: each step of SQLite's copy syncs the new file (seconds for a big backup).
    await copyDatabaseInWorker(options.backupFile, options.databasePath)
  } catch (error) {
    rmSync(options.databasePath, { force: true })
    if (keptAside) for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${keptAside}${suffix}`)) renameSync(`${keptAside}${suffix}`, `${options.databasePath}${suffix}`)
    throw error
  }
  return keptAside
}

/** `<db>.before-restore-<stamp>`, with `-2`, `-3`… when a restore in the same second took it. */
function keptAsideName(databasePath: string, stamp: string): string {
  const taken = (name: string) => ['', '-wal', '-shm'].some((suffix) => existsSync(`${name}${suffix}`))
  const base = `${databasePath}.before-restore-${stamp}`
  let name = base
  for (let n = 2; taken(name); n++) name = `${base}-${n}`
  return name
}
