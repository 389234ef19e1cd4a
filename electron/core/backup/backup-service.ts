import { existsSync } from 'node:fs'
import { ageBackups, defaultBackupFolder, listBackups, runVerifiedBackup, type BackupManifest } from '../../../db/backup/backup'
import type { BackupReason } from '../../../vocabulary'
import { DomainError } from '../../../db/errors'
import { salonDate } from '../../../db/zoned-time'
import type { Clock } from '../../../db/clock'
import type { Store } from '../../../db/store'

export type BackupService = ReturnType<typeof createBackupService>

/** What backups need of the open data; read on every use, since a restore swaps the store. */
export type BackupServiceDeps = { store: Store; clock: Clock; zone(): string; databasePath: string }

export const NO_PASSPHRASE_MESSAGE =
  'Set a recovery passphrase first (Admin → Security). A backup carries the data key locked by that passphrase; without it the backup could not be opened on a new computer.'

/**
 * Backups for the core: one at a time, verified before they count, pruned only after a new one
 * verifies, and refused until the recovery passphrase is set (so every backup can be restored
 * on a new PC with that passphrase and nothing else).
 */
export function createBackupService(services: () => BackupServiceDeps) {
  let running: Promise<BackupManifest> | null = null
  let progress = 0

  const configuredFolder = () => {
    const { store, databasePath } = services()
    return store.settings.get().backup_folder ?? defaultBackupFolder(databasePath)
  }

  async function run(reason: BackupReason, folder?: string): Promise<BackupManifest> {
    if (running) throw new DomainError('CONFLICT', 'A backup is already running. Wait for it to finish.')
    const s = services()
    if (!s.store.recovery.get()) throw new DomainError('CONFLICT', NO_PASSPHRASE_MESSAGE)
    const target = folder ?? configuredFolder()
    progress = 0
    running = runVerifiedBackup({
      source: s.store.db.sqlite,
      folder: target,
      createFolder: folder === undefined,
      now: s.clock(),
      timeZone: s.zone(),
      reason,
      sealKey: s.store.vault.backupSealKey,
      onProgress: (fraction) => (progress = fraction),
    })
    try {
      const manifest = await running
      // Only now that a new copy has verified may old ones go, by the schedule (db/backup/backup-ageing.ts):
      // the owner's folder, the default one beside the data (pre-migration copies) and the databases restores set aside.
      ageBackups({
        folders: [configuredFolder(), defaultBackupFolder(s.databasePath)],
        databasePath: s.databasePath,
        keep: s.store.settings.get().backup_keep,
        now: s.clock(),
        timeZone: s.zone(),
      })
      return manifest
    } finally {
      running = null
    }
  }

  return {
    folder: configuredFolder,
    isRunning: () => running !== null,
    /** Settles when no backup is running (quitting waits for one). */
    whenIdle: async (): Promise<void> => {
      await running?.catch(() => undefined)
    },
    status: () => ({ running: running !== null, progress: running ? progress : 1, folder: configuredFolder(), last: listBackups(configuredFolder())[0] ?? null }),
    list: () => listBackups(configuredFolder()),
    run,
    /** The first start of each salon day makes that day's backup (when a passphrase is set). */
    async dailyIfDue(): Promise<BackupManifest | null> {
      const s = services()
      if (!s.store.recovery.get() || running) return null
      const folder = configuredFolder()
      if (!existsSync(folder) && s.store.settings.get().backup_folder !== null) return null // the owner's drive is not plugged in
      const today = salonDate(s.clock(), s.zone())
      const done = listBackups(folder).some((backup) => backup.verified && salonDate(new Date(backup.created_at), s.zone()) === today)
      return done ? null : run('daily')
    },
  }
}
