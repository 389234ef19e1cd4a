import { existsSync, renameSync, rmSync } from 'node:fs'
import { validationError } from '../errors'
import { unwrapDataKey } from '../key-recovery/key-recovery'
import { deriveBackupSealKey } from '../vault/vault'
import { copyDatabaseInWorker } from '../bulk/backup-copy'
import { verifyBackupInWorker } from '../bulk/backup-verification'
import { recordedSealOf } from './backup'
import { keyIdOf, readSeal, recoveryWrapOfSeal, SEAL_PROBLEMS, type SealReading } from './backup-seal'
import { expectedSchemaAt, schemaDifferences } from './schema-match'

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

/**
 * Which data key sealed a backup: the current one, or the one its recovery passphrase unwraps
 * (the wrap travels in the seal, so the file is not opened to find it). Proves nothing about
 * the file's bytes yet: `prepareRestore` checks the seal with the key found here.
 */
export async function keyForBackup(
  seal: Extract<SealReading, { ok: true }>,
  currentKey: Uint8Array | undefined,
  passphrase: string | undefined,
): Promise<{ key: Uint8Array; sealKey: Uint8Array }> {
  if (currentKey) {
    const sealKey = await deriveBackupSealKey(currentKey)
    if (keyIdOf(sealKey) === seal.meta.key_id) return { key: currentKey, sealKey }
  }
  if (!passphrase) {
    throw validationError({ passphrase: 'This backup was made on another computer or with another key: enter the recovery passphrase.' }, 'Enter the recovery passphrase for this backup.')
  }
  const wrap = recoveryWrapOfSeal(seal.meta)
  if (!wrap) throw validationError({ passphrase: 'This backup holds no recovery passphrase, so it can only be opened on the computer that made it.' })
  const key = await unwrapDataKey(wrap, passphrase)
  if (!key) throw validationError({ passphrase: 'That passphrase does not open this backup.' }, 'That passphrase does not open this backup.')
  // The passphrase opened a key, but not the one that sealed the file: the wrap was swapped.
  const sealKey = await deriveBackupSealKey(key)
  if (keyIdOf(sealKey) !== seal.meta.key_id) throw refused([SEAL_PROBLEMS.changed])
  return { key, sealKey }
}

function readSealOrProblem(file: string): SealReading {
  try {
    return readSeal(file)
  } catch (error) {
    return { ok: false, problem: `It cannot be read (${error instanceof Error ? error.message : String(error)}).` }
  }
}

const refused = (problems: readonly string[]) => validationError({ file: `This backup cannot be restored: ${problems.join(' ')}` }, 'This backup cannot be restored.')

/**
 * Checks a backup before anything is touched, and finds the key that opens it. In this order:
 * its seal is there (a few bytes read); the key that made it is ours or the passphrase's; the
 * seal holds over every byte and matches the manifest beside it; only then is the file opened
 * (read-only, on a worker) for its integrity, its migrations and a schema exactly Parlour's.
 * Any failure refuses the restore with the reason and leaves the file as it is.
 */
export async function prepareRestore(options: Pick<RestoreOptions, 'backupFile' | 'currentKey' | 'passphrase'>): Promise<Uint8Array> {
  if (!existsSync(options.backupFile)) throw refused(['The backup file is missing.'])
  const seal = readSealOrProblem(options.backupFile)
  if (!seal.ok) throw refused([seal.problem])
  const { key, sealKey } = await keyForBackup(seal, options.currentKey, options.passphrase)
  const recorded = recordedSealOf(options.backupFile)
  if (recorded && (recorded.mac !== seal.mac.toString('hex') || recorded.key_id !== seal.meta.key_id)) throw refused([SEAL_PROBLEMS.manifest])
  const report = await verifyBackupInWorker(options.backupFile, sealKey)
  if (!report.ok) throw refused(report.problems)
  const differences = schemaDifferences(report.objects, await expectedSchemaAt(report.schema))
  if (differences.length > 0) throw refused(differences)
  return key
}

/**
 * Copies a prepared backup into place: keeps the current database aside under a name no
 * earlier restore has used (never renamed over; it ages out on the backup schedule, db/backup/backup-ageing.ts), then copies the backup in with SQLite's backup API. The caller has closed
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
