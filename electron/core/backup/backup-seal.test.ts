import { readFileSync, statSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '..'
import { readSeal, sealBackupFile } from '../../../db/backup/backup-seal'
import { recoveryWrapIn } from '../../../db/key-recovery/recovery-wrap'
import { withReadOnly } from '../../../db/sqlite/readonly'
import { deriveBackupSealKey } from '../../../db/vault/vault'
import { must, PINS } from '../../../test/helpers/core'
import { randomKey, sha256, tempDir } from '../../../test/helpers/temp'
import { fast, PASSPHRASE, salonWithPassphrase } from '../../../test/helpers/backups'

/*
 * Issue 13.1: a backup edited without the data key or the passphrase must not restore. Each
 * attack edits a real backup as someone with the file but not the key would: with SQLite,
 * then (the best they can do) putting the original seal back at the end.
 */

type Shop = Awaited<ReturnType<typeof salonWithPassphrase>>

async function shopWithBackup(): Promise<{ shop: Shop; file: string; priyaId: string }> {
  const shop = await salonWithPassphrase()
  const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210', notes: 'Prefers Sarah' })
  await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
  const backup = await must(shop.owner, 'backup.run', {})
  return { shop, file: backup.file, priyaId: priya.id }
}

/** Edits the SQLite part of a sealed backup and then puts its original seal back at the end. */
function tamper(file: string, edit: (db: Database.Database) => void): void {
  const seal = readSeal(file)
  if (!seal.ok) throw new Error('the test backup should be sealed')
  const bytes = readFileSync(file)
  const trailer = bytes.subarray(seal.bodyBytes)
  truncateSync(file, seal.bodyBytes)
  const db = new Database(file)
  db.pragma('journal_mode = DELETE') // everything in the one file, as an attacker would carry it
  edit(db)
  db.close()
  appendFileSync(file, trailer)
}

async function expectRefused(shop: Shop, file: string, reason: RegExp) {
  const before = sha256(file)
  const result = await shop.owner.invoke('backup.restore', { file })
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: expect.stringMatching(reason) } } })
  expect(sha256(file), 'a refused backup is left as it is').toBe(before)
  // Nothing was swapped: the owner is still logged in on the live data.
  expect(await must(shop.owner, 'session.state', {})).toMatchObject({ user: { role: 'owner' } })
}

const CHANGED = /changed or damaged after Parlour made it/

describe('a sealed backup (issue 13.1)', () => {
  it('carries a seal at its end and in its manifest, and restores', async () => {
    const { shop, file } = await shopWithBackup()
    const seal = readSeal(file)
    expect(seal.ok).toBe(true)
    const manifest = JSON.parse(readFileSync(file.replace(/\.db$/, '.json'), 'utf8')) as { seal: { mac: string } }
    expect(seal.ok && seal.mac.toString('hex')).toBe(manifest.seal.mac)
    expect(await must(shop.owner, 'backup.restore', { file })).toMatchObject({ restored_from: file, customers: 1, bills: 1 })
    await shop.core.close()
  })

  it('refuses a backup whose staff user was made an owner', async () => {
    const { shop, file } = await shopWithBackup()
    tamper(file, (db) => db.prepare(`UPDATE users SET role = 'owner' WHERE role = 'staff'`).run())
    await expectRefused(shop, file, CHANGED)
    await shop.core.close()
  })

  it('refuses a backup whose audit triggers were dropped and rows deleted', async () => {
    const { shop, file } = await shopWithBackup()
    tamper(file, (db) => {
      const triggers = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'`).pluck().all() as string[]
      expect(triggers.length).toBeGreaterThan(0)
      for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`)
      db.exec('DELETE FROM audit_log')
    })
    await expectRefused(shop, file, CHANGED)
    await shop.core.close()
  })

  it('refuses a backup with a bill line rewritten', async () => {
    const { shop, file } = await shopWithBackup()
    tamper(file, (db) => {
      const triggers = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'bill_items'`).pluck().all() as string[]
      for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`)
      expect(db.prepare(`UPDATE bill_items SET name = 'Head massage'`).run().changes).toBe(1)
    })
    await expectRefused(shop, file, CHANGED)
    await shop.core.close()
  })

  it('refuses a backup with a trigger added that would copy every note edited after the restore', async () => {
    const { shop, file } = await shopWithBackup()
    tamper(file, (db) => {
      db.exec('CREATE TABLE loot (note BLOB)')
      db.exec('CREATE TRIGGER steal AFTER UPDATE OF notes ON customers BEGIN INSERT INTO loot VALUES (new.notes); END')
    })
    await expectRefused(shop, file, CHANGED)
    await shop.core.close()
  })

  it('refuses a backup whose seal was cut off, and one whose manifest disagrees with its seal', async () => {
    const { shop, file } = await shopWithBackup()
    const second = await must(shop.owner, 'backup.run', {})
    const seal = readSeal(file)
    if (!seal.ok) throw new Error('sealed')
    truncateSync(file, seal.bodyBytes)
    await expectRefused(shop, file, /carries no Parlour seal/)
    // The second backup's file is untouched, but its manifest names another seal.
    const manifestPath = second.file.replace(/\.db$/, '.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { seal: { mac: string } }
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, seal: { ...manifest.seal, mac: 'ab'.repeat(32) } }))
    await expectRefused(shop, second.file, /does not match the record Parlour kept/)
    await shop.core.close()
  })

  it('refuses, even sealed with the right key, a schema that is not exactly Parlour’s', async () => {
    // The data key's holder is the only one who can seal: this proves the second line of defence,
    // the schema check, on its own (a future bug or a backup sealed by a tampered live database).
    const { shop, file } = await shopWithBackup()
    const seal = readSeal(file)
    if (!seal.ok) throw new Error('sealed')
    truncateSync(file, seal.bodyBytes)
    const db = new Database(file)
    db.exec('CREATE VIEW everyone AS SELECT * FROM customers')
    db.close()
    const recovery = withReadOnly(file, recoveryWrapIn)
    sealBackupFile(file, await deriveBackupSealKey(shop.key), recovery, new Date().toISOString())
    writeFileSync(file.replace(/\.db$/, '.json'), '{}') // no manifest seal to disagree with
    await expectRefused(shop, file, /has a view Parlour does not make: everyone/)
    await shop.core.close()
  })

  it('on a new PC, the passphrase finds the key in the seal, and a tampered copy is still refused', async () => {
    const { shop, file } = await shopWithBackup()
    await shop.core.close()
    const copy = join(tempDir(), 'carried.db')
    writeFileSync(copy, readFileSync(file)) // carried alone on a USB stick, without its manifest
    const fresh = await openCore({ databasePath: join(tempDir(), 'parlour.db'), dataKey: randomKey(), ...fast })
    const window = fresh.connect()
    expect(await window.invoke('app.restoreBackup', { file: copy })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    const tampered = join(tempDir(), 'tampered.db')
    writeFileSync(tampered, readFileSync(copy))
    tamper(tampered, (db) => db.prepare(`UPDATE users SET role = 'owner'`).run())
    const before = sha256(tampered)
    expect(await window.invoke('app.restoreBackup', { file: tampered, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { file: expect.stringMatching(CHANGED) } },
    })
    expect(sha256(tampered)).toBe(before)
    expect(await must(window, 'app.restoreBackup', { file: copy, passphrase: PASSPHRASE })).toEqual({ state: 'ready' })
    await must(window, 'session.login', { user_id: shop.ids.receptionist, pin: PINS.receptionist })
    expect(statSync(copy).size).toBeGreaterThan(0)
    await fresh.close()
  })
})
