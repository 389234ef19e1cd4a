import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, accessSync, constants } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { validationError } from '../errors'
import { fileStamp } from '../zoned-time'
import type { BackupReason } from '../../vocabulary'
import { copyAndVerifyInWorker } from '../bulk/backup-copy'
import type { SealedCopyReport } from '../bulk/protocol'
import type { SealSummary } from './backup-seal'
import { expectedSchemaAt, schemaDifferences } from './schema-match'
import { backupsDue, removeAgedSetAsideCopies, type AgeingClock } from './backup-ageing'

export type { VerifyReport } from './backup-check'

const manifestPath = (file: string) => file.replace(/\.db$/, '.json')

/** The seal the manifest beside a backup recorded, if there is such a manifest naming that file. */
export function recordedSealOf(file: string): SealSummary | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(file), 'utf8')) as Partial<BackupManifest>
    if (typeof manifest.file !== 'string' || basename(manifest.file) !== basename(file)) return null
    const seal = manifest.seal
    return seal && typeof seal.key_id === 'string' && typeof seal.mac === 'string' ? seal : null
  } catch {
    return null // no manifest (a backup copied alone to a USB stick) or an unreadable one: the file's own seal decides
  }
}

/** The sidecar written next to each verified backup: what it holds and that it checked out. */
export type BackupManifest = {
  file: string
  created_at: string
  size_bytes: number
  verified: boolean
  reason: BackupReason
  schema: string
  customers: number
  bills: number
  /** The data key wrapped by the recovery passphrase is inside: it opens on a new PC. */
  has_recovery_key: boolean
  /** The seal at the end of the file (db/backup/backup-seal.ts); a restore refuses a file whose seal differs. Absent before backups were sealed. */
  seal?: SealSummary
}

/** The folder backups go to when the owner has not chosen one: beside the database. */
export const defaultBackupFolder = (databasePath: string) => join(dirname(databasePath), 'backups')

/** Makes sure `folder` exists (creating the default one) and is writable, or says why not. */
export function prepareFolder(folder: string, create: boolean): void {
  try {
    if (!existsSync(folder)) {
      if (!create) throw validationError({ folder: 'That folder does not exist.' }, 'That folder does not exist.')
      mkdirSync(folder, { recursive: true })
    }
    if (!statSync(folder).isDirectory()) throw validationError({ folder: 'That is a file, not a folder.' }, 'That is a file, not a folder.')
    accessSync(folder, constants.W_OK)
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error
    throw validationError({ folder: 'Parlour cannot write to that folder. Choose another one (a USB drive or a synced folder is ideal).' }, 'Parlour cannot write to that folder.')
  }
}

export type RunBackupOptions = {
  /** The database to back up; the copy is taken on a worker's own read-only connection to its file (`source.name`). */
  source: Database.Database
  folder: string
  /** Create the folder if missing (the default folder) or insist it exists (the owner's choice). */
  createFolder: boolean
  now: Date
  timeZone: string
  reason: BackupReason
  /** The data key's backup seal key (vault.backupSealKey): the backup is sealed with it. */
  sealKey: Uint8Array
  onProgress?: (fraction: number) => void
}

/**
 * A verified backup: SQLite's online backup (never a file copy of a live database) into a
 * `.partial` file, verified read-only, then renamed into place with its manifest. A backup that
 * fails verification is removed (it is ours and incomplete) and the error says why; one that
 * passes is sealed (db/backup/backup-seal.ts) and its schema must be exactly Parlour's. The copy
 * and the check run on a worker thread (db/bulk/backup-copy.ts): each step of the copy syncs
 * the destination, and the check reads all of it; on the main thread both stalled every window.
 */
export async function runVerifiedBackup(options: RunBackupOptions): Promise<BackupManifest> {
  prepareFolder(options.folder, options.createFolder)
  removeInterruptedBackups(options.folder)
  const stamp = fileStamp(options.now, options.timeZone)
  let file = join(options.folder, `parlour-${stamp}${options.reason === 'manual' || options.reason === 'daily' ? '' : `-${options.reason}`}.db`)
  for (let n = 2; existsSync(file); n++) file = file.replace(/(-\d+)?\.db$/, `-${n}.db`)
  const partial = `${file}.partial`
  let report: SealedCopyReport
  try {
    report = await copyAndVerifyInWorker(options.source.name, partial, { key: options.sealKey, at: options.now.toISOString() }, options.onProgress)
  } catch (error) {
    rmSync(partial, { force: true })
    throw validationError({ folder: `The backup could not be written there (${error instanceof Error ? error.message : 'unknown error'}).` }, 'The backup could not be written.')
  }
  const problems = report.ok ? schemaDifferences(report.objects, await expectedSchemaAt(report.schema)) : report.problems
  if (problems.length > 0 || !report.seal) {
    rmSync(partial, { force: true })
    throw new Error(`The backup failed its check: ${problems.join('; ')}`)
  }
  renameSync(partial, file)
  const manifest: BackupManifest = {
    file,
    created_at: options.now.toISOString(),
    size_bytes: statSync(file).size,
    verified: true,
    reason: options.reason,
    schema: report.schema,
    customers: report.customers,
    bills: report.bills,
    has_recovery_key: report.has_recovery_key,
    seal: report.seal,
  }
  writeFileSync(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`)
  options.onProgress?.(1)
  return manifest
}

/**
 * A backup interrupted by a crash or a quit leaves a `.partial` file that never verified. Only
 * one backup runs at a time (one app instance), so at the start of the next one any left over
 * are ours and incomplete: remove them.
 */
function removeInterruptedBackups(folder: string): void {
  for (const name of readdirSync(folder)) if (/^parlour-.*\.db\.partial(-wal|-shm|-journal)?$/.test(name)) rmSync(join(folder, name), { force: true })
}

/** The names Parlour gives its backups (and their manifests): parlour-<stamp>[-<reason>].db */
const BACKUP_NAME = /^parlour-[0-9A-Za-z_-]+\.db$/

/**
 * Backups in a folder, newest first, from their manifests: only a manifest that names the backup
 * beside it under its own name (parlour-X.json ↔ parlour-X.db), whose file is still there with
 * the size the manifest recorded. A manifest pointing at any other file is ignored: the folder
 * may be shared, and what it names is later pruned.
 */
export function listBackups(folder: string): BackupManifest[] {
  if (!existsSync(folder)) return []
  const manifests: BackupManifest[] = []
  for (const name of readdirSync(folder)) {
    if (!/^parlour-.*\.json$/.test(name)) continue
    try {
      const manifest = JSON.parse(readFileSync(join(folder, name), 'utf8')) as BackupManifest
      const fileName = typeof manifest.file === 'string' ? basename(manifest.file) : ''
      if (!BACKUP_NAME.test(fileName) || fileName !== name.replace(/\.json$/, '.db')) continue
      const file = join(folder, fileName)
      if (existsSync(file) && statSync(file).size === manifest.size_bytes) manifests.push({ ...manifest, file })
    } catch {
      // a damaged manifest is skipped; its backup can still be restored by path
    }
  }
  return manifests.sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
}

/**
 * Removes the backups in `folder` that the schedule (backup-ageing.ts) says have aged out, and
 * returns those that went. Called only after a new backup has verified, so the salon is never left with
 * fewer good copies; `at.protect` (the newest verified backup) is never removed. Without `at`,
 * only the count rule applies: the newest `keep` verified daily/manual backups stay. Only files
 * Parlour made are candidates (listBackups: its names, its manifests, their recorded sizes).
 */
export function pruneBackups(folder: string, keep: number, at?: AgeingClock & { protect?: string | undefined }): string[] {
  return removeBackups(backupsDue(listBackups(folder), keep, at))
}

function removeBackups(due: readonly BackupManifest[]): string[] {
  const removed: string[] = []
  for (const backup of due) {
    try {
      rmSync(backup.file, { force: true })
      rmSync(manifestPath(backup.file), { force: true })
      removed.push(backup.file)
    } catch {
      // Held open elsewhere (Windows) or read-only: it is still due, and goes after the next backup.
    }
  }
  return removed
}

/**
 * The backup schedule (backup-ageing.ts) applied after a backup has verified: to every folder
 * Parlour keeps backups in (the owner's, and the default one beside the data, where the
 * pre-migration copies go), and to the databases restores set aside beside the data. The newest
 * verified backup of them all is never removed. Returns what went. Each folder's manifests are
 * read once.
 */
export function ageBackups(options: AgeingClock & { folders: readonly string[]; databasePath: string; keep: number }): string[] {
  const listed = [...new Set(options.folders)].map((folder) => listBackups(folder))
  const newest = listed
    .flat()
    .filter((backup) => backup.verified)
    .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))[0]
  const at = { now: options.now, timeZone: options.timeZone, protect: newest?.file }
  return [...listed.flatMap((backups) => removeBackups(backupsDue(backups, options.keep, at))), ...removeAgedSetAsideCopies(options.databasePath, at)]
}
