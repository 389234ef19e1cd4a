import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupReason } from '../../vocabulary'
import { addDays, salonDate } from '../zoned-time'
import type { BackupManifest } from './backup'

/**
 * How long Parlour keeps each kind of copy of the data: the one schedule, applied each time a
 * backup verifies (backup.ts `ageBackups`) and quoted to the owner after an erasure (how long
 * the erased customer lives on in copies made before).
 *
 * - Daily and manual backups: the newest `backup_keep` (a setting, 14 unless the owner changes
 *   it), and none for longer than `backup_keep` + 30 days (a month's grace for days the salon
 *   was shut and made none).
 * - The backup made before a newer Parlour changed the schema ('pre-migration'): 30 days, long
 *   enough to notice a bad update and go back.
 * - A backup made before a restore ('before-restore'): 30 days.
 * - The database a restore set aside beside the data (`parlour.db.before-restore-<stamp>`): 30
 *   days, long enough to notice a wrong restore and undo it.
 *
 * Whatever the schedule says, the newest verified backup is never removed, and copies go only
 * when a backup verifies: a salon that stops making backups keeps the ones it has.
 */
export const BACKUP_SCHEDULE = {
  dailyGraceDays: 30,
  preMigrationDays: 30,
  beforeRestoreDays: 30,
  setAsideDays: 30,
} as const

/** The kinds of copy the schedule knows: backups by their reason, and a restore's set-aside database. */
export type CopyKind = BackupReason | 'set-aside'

/** How many days after it was made a copy of this kind ages out at the latest. */
export function maxAgeDays(kind: CopyKind, keep: number): number {
  switch (kind) {
    case 'daily':
    case 'manual':
      return keep + BACKUP_SCHEDULE.dailyGraceDays
    case 'pre-migration':
      return BACKUP_SCHEDULE.preMigrationDays
    case 'before-restore':
      return BACKUP_SCHEDULE.beforeRestoreDays
    case 'set-aside':
      return BACKUP_SCHEDULE.setAsideDays
  }
}

/** The salon day (YYYY-MM-DD) from which a copy made on `madeOn` may be removed, at the latest. */
export const agesOutOn = (kind: CopyKind, madeOn: string, keep: number): string => addDays(madeOn, maxAgeDays(kind, keep))

export type AgeingClock = { now: Date; timeZone: string }

/**
 * Which of one folder's backups (listBackups: Parlour's own, newest first) the schedule removes
 * now. Only verified backups are candidates; `protect` (the newest verified backup of all the
 * folders aged together) never is. Without `at`, only the count rule applies (the newest `keep`
 * daily/manual backups stay), as before there was a schedule.
 */
export function backupsDue(backups: readonly BackupManifest[], keep: number, at?: AgeingClock & { protect?: string | undefined }): BackupManifest[] {
  const today = at ? salonDate(at.now, at.timeZone) : undefined
  let regular = 0
  return backups.filter((backup) => {
    if (!backup.verified) return false
    const beyondKeep = (backup.reason === 'daily' || backup.reason === 'manual') && ++regular > keep
    if (backup.file === at?.protect) return false
    if (beyondKeep) return true
    if (!at || !today) return false
    return today >= agesOutOn(backup.reason, salonDate(new Date(backup.created_at), at.timeZone), keep)
  })
}

/** A database a restore set aside beside the data, and the salon day its name says it was set aside. */
export type SetAsideCopy = { file: string; madeOn: string }

const SQLITE_HEADER = Buffer.from('SQLite format 3\0')

function isSqliteFile(file: string): boolean {
  try {
    const fd = openSync(file, 'r')
    try {
      const start = Buffer.alloc(SQLITE_HEADER.length)
      return readSync(fd, start, 0, start.length, 0) === start.length && start.equals(SQLITE_HEADER)
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

/**
 * The databases restores set aside beside `databasePath` (db/backup/restore.ts names them
 * `<db>.before-restore-<YYYYMMDD-HHMMSS>[-n]`), oldest first. Only files of exactly that name
 * that are SQLite databases: anything else beside the data is not Parlour's to judge.
 */
export function setAsideCopies(databasePath: string): SetAsideCopy[] {
  const folder = dirname(databasePath)
  if (!existsSync(folder)) return []
  const pattern = new RegExp(`^${escapeRegExp(basename(databasePath))}\\.before-restore-(\\d{4})(\\d{2})(\\d{2})-\\d{6}(?:-\\d+)?$`)
  const copies: SetAsideCopy[] = []
  for (const name of readdirSync(folder)) {
    const match = pattern.exec(name)
    if (!match) continue
    const file = join(folder, name)
    if (isSqliteFile(file)) copies.push({ file, madeOn: `${match[1]}-${match[2]}-${match[3]}` })
  }
  return copies.sort((a, b) => (a.file < b.file ? -1 : 1))
}

/** Removes the set-aside databases (with their -wal and -shm) the schedule says have aged out. Returns what went. */
export function removeAgedSetAsideCopies(databasePath: string, at: AgeingClock): string[] {
  const today = salonDate(at.now, at.timeZone)
  const removed: string[] = []
  for (const copy of setAsideCopies(databasePath)) {
    if (today < agesOutOn('set-aside', copy.madeOn, 0)) continue
    try {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy.file}${suffix}`, { force: true })
      removed.push(copy.file)
    } catch {
      // Held open elsewhere or read-only: it goes after the next backup.
    }
  }
  return removed
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
