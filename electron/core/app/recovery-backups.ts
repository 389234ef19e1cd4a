import { defaultBackupFolder, listBackups } from '../../../db/backup/backup'
import { withReadOnly } from '../../../db/sqlite/readonly'
import { isValidTimeZone } from '../../../db/zoned-time'
import type { BackupInfo } from '../contract'
import { backupInfo } from '../backup/backup-info'
import type { OpenData } from './open-data'

/** The settings default (migration 0002): used when no backup says which zone the salon is in. */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata'

/**
 * The salon's time zone as a (verified, healthy) backup recorded it: the damaged database itself
 * is not read again. Falls back to the default when the backup cannot say.
 */
export function salonZoneOf(backupFile: string): string {
  try {
    const zone = withReadOnly(backupFile, (db) => db.prepare('SELECT time_zone FROM settings WHERE id = 1').pluck().get())
    return typeof zone === 'string' && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE
  } catch {
    return DEFAULT_TIME_ZONE
  }
}

/**
 * What the recovery screen offers: the verified backups in the default backups folder beside the
 * database, newest first, with times in the salon's zone. A backup kept elsewhere (the owner's
 * USB drive) is chosen with `app.pickPath { kind: 'backup-file' }` instead.
 */
export function recoveryBackups(databasePath: string): BackupInfo[] {
  const verified = listBackups(defaultBackupFolder(databasePath)).filter((backup) => backup.verified)
  const newest = verified[0]
  const zone = newest ? salonZoneOf(newest.file) : DEFAULT_TIME_ZONE
  return verified.map((backup) => backupInfo(backup, zone))
}

/** Where the backups are: the owner's folder (a setting) once the data is open, else the default beside the database. */
export function backupsFolderOf(data: OpenData | null, databasePath: string): string {
  try {
    return data?.backups.folder() ?? defaultBackupFolder(databasePath)
  } catch {
    return defaultBackupFolder(databasePath) // damaged data: the default folder
  }
}
