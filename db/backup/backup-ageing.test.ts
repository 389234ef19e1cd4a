import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshStore } from '../../test/helpers/store'
import { tempDir } from '../../test/helpers/temp'
import type { BackupReason } from '../../vocabulary'
import { ageBackups, listBackups, runVerifiedBackup } from './backup'
import { agesOutOn, BACKUP_SCHEDULE, setAsideCopies } from './backup-ageing'

const NOW = { now: new Date('2026-11-24T05:00:00Z'), timeZone: 'Asia/Kolkata' }

async function backupsIn(folder: string, made: [BackupReason, string][]) {
  const store = await freshStore()
  const files = new Map<string, string>()
  for (const [reason, day] of made) {
    const manifest = await runVerifiedBackup({ source: store.db.sqlite, folder, createFolder: true, now: new Date(`${day}T05:00:00Z`), timeZone: 'Asia/Kolkata', reason, sealKey: store.vault.backupSealKey })
    files.set(`${reason} ${day}`, basename(manifest.file))
  }
  await store.close()
  return { store, files, names: () => listBackups(folder).map((backup) => basename(backup.file)) }
}

describe('the backup schedule', () => {
  it('is stated once: daily and manual for the kept count plus 30 days at most, the safety copies 30 days', () => {
    expect(BACKUP_SCHEDULE).toEqual({ dailyGraceDays: 30, preMigrationDays: 30, beforeRestoreDays: 30, setAsideDays: 30 })
    expect(agesOutOn('daily', '2026-11-24', 14)).toBe('2027-01-07')
    expect(agesOutOn('manual', '2026-11-24', 3)).toBe('2026-12-27')
    expect(agesOutOn('pre-migration', '2026-11-24', 14)).toBe('2026-12-24')
    expect(agesOutOn('before-restore', '2026-11-24', 14)).toBe('2026-12-24')
    expect(agesOutOn('set-aside', '2026-11-24', 14)).toBe('2026-12-24')
  })

  it('removes pre-migration and before-restore backups and old daily ones once their time is up, and keeps the newest good backup whatever its age', async () => {
    const folder = tempDir()
    const { files, names } = await backupsIn(folder, [
      ['pre-migration', '2026-10-01'], // 54 days old: goes
      ['pre-migration', '2026-11-10'], // 14 days: stays
      ['before-restore', '2026-10-20'], // 35 days: goes
      ['daily', '2026-10-05'], // 50 days, past 14 + 30: goes though fewer than 14 dailies exist
      ['daily', '2026-10-25'], // 30 days: stays
      ['manual', '2026-11-23'],
    ])
    const removed = ageBackups({ ...NOW, folders: [folder], databasePath: join(tempDir(), 'parlour.db'), keep: 14 })
    expect(removed.map((file) => basename(file)).sort()).toEqual([files.get('pre-migration 2026-10-01'), files.get('before-restore 2026-10-20'), files.get('daily 2026-10-05')].sort())
    expect(names().sort()).toEqual([files.get('pre-migration 2026-11-10'), files.get('daily 2026-10-25'), files.get('manual 2026-11-23')].sort())
    // The manifests went with their backups; nothing else in the folder was touched.
    expect(readdirSync(folder).filter((name) => name.endsWith('.json'))).toHaveLength(3)

    // A folder whose only good backup is long past its time keeps it: it is the newest there is.
    const lonely = tempDir()
    const old = await backupsIn(lonely, [['pre-migration', '2026-01-01']])
    expect(ageBackups({ ...NOW, folders: [lonely], databasePath: join(tempDir(), 'parlour.db'), keep: 14 })).toEqual([])
    expect(old.names()).toEqual([old.files.get('pre-migration 2026-01-01')])
  })

  it('keeps the newest good backup across every folder it ages: old copies in the default folder go once the owner’s folder holds a newer one', async () => {
    const owners = tempDir()
    const beside = tempDir()
    const old = await backupsIn(beside, [['daily', '2026-09-01'], ['pre-migration', '2026-09-02']])
    const fresh = await backupsIn(owners, [['daily', '2026-11-24']])
    const removed = ageBackups({ ...NOW, folders: [owners, beside], databasePath: join(tempDir(), 'parlour.db'), keep: 14 })
    expect(removed).toHaveLength(2)
    expect(old.names()).toEqual([])
    expect(fresh.names()).toEqual([fresh.files.get('daily 2026-11-24')])
  })

  it('still keeps only the newest `keep` daily and manual backups, verified ones only', async () => {
    const folder = tempDir()
    const { files, names } = await backupsIn(folder, [
      ['daily', '2026-11-20'],
      ['daily', '2026-11-21'],
      ['manual', '2026-11-22'],
      ['pre-migration', '2026-11-22'],
      ['daily', '2026-11-23'],
    ])
    ageBackups({ ...NOW, folders: [folder], databasePath: join(tempDir(), 'parlour.db'), keep: 2 })
    expect(names().sort()).toEqual([files.get('manual 2026-11-22'), files.get('pre-migration 2026-11-22'), files.get('daily 2026-11-23')].sort())
  })

  it('removes the databases a restore set aside beside the data after 30 days, with their WAL, and nothing else there', async () => {
    const store = await freshStore()
    store.customers.create({ first_name: 'Priya', phone: '9876543210' })
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const data = store.path
    const folder = dirname(data)
    const old = `${data}.before-restore-20261020-101500`
    const oldSecond = `${data}.before-restore-20261020-101500-2`
    const recent = `${data}.before-restore-20261101-090000`
    for (const file of [old, oldSecond, recent]) copyFileSync(data, file)
    writeFileSync(`${old}-wal`, 'the set-aside database’s last writes')
    const notADatabase = `${data}.before-restore-20260101-000000` // Parlour's name, not a database
    writeFileSync(notADatabase, 'a note the owner saved under a confusing name')
    const otherName = `${data}.before-restore-old` // not a name Parlour gives
    copyFileSync(data, otherName)
    expect(setAsideCopies(data).map((copy) => copy.madeOn)).toEqual(['2026-10-20', '2026-10-20', '2026-11-01'])

    const removed = ageBackups({ ...NOW, folders: [tempDir()], databasePath: data, keep: 14 })
    expect(removed.sort()).toEqual([old, oldSecond].sort())
    for (const gone of [old, `${old}-wal`, oldSecond]) expect(existsSync(gone), gone).toBe(false)
    for (const kept of [data, recent, notADatabase, otherName]) expect(existsSync(kept), kept).toBe(true)
    expect(readdirSync(folder).filter((name) => name.includes('before-restore')).sort()).toEqual([basename(notADatabase), basename(recent), basename(otherName)].sort())
    await store.close()
  })
})
