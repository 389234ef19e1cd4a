import { existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listBackups, runVerifiedBackup } from '../../../db/backup/backup'
import { must } from '../../../test/helpers/core'
import { salonWithPassphrase } from '../../../test/helpers/backups'
import { tempDir } from '../../../test/helpers/temp'

describe('each verified backup applies the schedule', () => {
  it('removes the old pre-migration copy in the default folder and the old set-aside database, though the owner backs up to a folder of their own', async () => {
    const shop = await salonWithPassphrase('2026-11-24T05:00:00.000Z')
    const beside = join(dirname(shop.path), 'backups')
    const source = new Database(shop.path, { readonly: true })
    const oldUpdate = await runVerifiedBackup({ source, folder: beside, createFolder: true, now: new Date('2026-10-01T05:00:00Z'), timeZone: 'UTC', reason: 'pre-migration', sealKey: shop.core.store.vault.backupSealKey })
    const recentUpdate = await runVerifiedBackup({ source, folder: beside, createFolder: true, now: new Date('2026-11-20T05:00:00Z'), timeZone: 'UTC', reason: 'pre-migration', sealKey: shop.core.store.vault.backupSealKey })
    const aside = `${shop.path}.before-restore-20261001-101500`
    await source.backup(aside)
    source.close()

    const usb = join(tempDir(), 'usb')
    mkdirSync(usb)
    await must(shop.owner, 'settings.update', { backup_folder: usb })
    const made = await must(shop.owner, 'backup.run', {})
    expect(dirname(made.file)).toBe(usb)
    expect(existsSync(oldUpdate.file)).toBe(false)
    expect(existsSync(aside)).toBe(false)
    expect(listBackups(beside).map((backup) => basename(backup.file))).toEqual([basename(recentUpdate.file)])
    await shop.core.close()
  })
})
