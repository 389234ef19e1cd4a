import { chmodSync, existsSync, mkdirSync, readdirSync, openSync, writeSync, writeFileSync, closeSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newestAuditIdIn } from '../../../db/audit/newest-in-file'
import { openCore } from '..'
import { listBackups } from '../../../db/backup/backup'
import { findProblems } from '../../../db/check/invariants'
import { DatabaseOpenError } from '../../../db/errors'
import { seedCustomers } from '../../../bench/generate'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import { randomKey, sha256, tempDir } from '../../../test/helpers/temp'
import { fast, PASSPHRASE, restoreClosed, salonWithPassphrase } from '../../../test/helpers/backups'

describe('backups', () => {
  it('refuses to back up until a recovery passphrase is set, and says why', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    const result = await owner.invoke('backup.run', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/recovery passphrase/) } })
    expect(await must(owner, 'backup.status', {})).toMatchObject({ passphrase_set: false, running: false, last: null })
    await core.close()
  })

  it('is verified and a consistent point in time while another window keeps posting bills', async () => {
    const { core, owner, receptionist } = await salonWithPassphrase()
    seedCustomers(core.store, { count: 3000, seed: 7 }) // ~12 MB: the backup takes many steps
    const ids = core.store.db.sqlite.prepare('SELECT id FROM customers LIMIT 50').pluck().all() as string[]
    const backup = owner.invoke('backup.run', {})
    let posted = 0
    let postedWhileRunning = 0
    let finished = false
    void backup.then(() => (finished = true))
    while (!finished) {
      // Each post arrives as its own IPC message (a macrotask), as from another window.
      await new Promise((resolve) => setImmediate(resolve))
      await must(receptionist, 'bills.post', { customer_id: ids[posted % ids.length] as string, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
      posted++
      if (!finished) postedWhileRunning++
    }
    const result = await backup
    expect(result).toMatchObject({ ok: true, value: { verified: true, reason: 'manual', has_recovery_key: true } })
    expect(postedWhileRunning, 'bills posted before the backup finished').toBeGreaterThan(0)
    if (!result.ok) return
    const Database = (await import('better-sqlite3')).default
    const copy = new Database(result.value.file, { readonly: true })
    expect(findProblems(copy)).toEqual([]) // every invariant holds inside the copy
    copy.close()
    expect(await must(owner, 'backup.list', {})).toEqual([result.value])
    await core.close()
  })

  it('gives a clear error for a folder that does not exist or cannot be written', async () => {
    const { core, owner } = await salonWithPassphrase()
    expect(await owner.invoke('backup.run', { folder: join(tempDir(), 'missing') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: 'That folder does not exist.' } },
    })
    expect(await owner.invoke('backup.run', { folder: '/proc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { folder: expect.any(String) } } })
    if (process.getuid?.() !== 0) {
      const locked = tempDir()
      chmodSync(locked, 0o555)
      expect(await owner.invoke('backup.run', { folder: locked })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(await owner.invoke('backup.run', { folder: 'relative/folder' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })

  it('makes one backup at the first start of each salon day and keeps the newest N', async () => {
    const first = await salonWithPassphrase('2026-11-20T03:00:00.000Z')
    await must(first.owner, 'settings.update', { backup_keep: 2 })
    await first.core.close()
    mkdirSync(join(first.path, '..', 'backups'), { recursive: true })
    writeFileSync(join(first.path, '..', 'backups', 'parlour-20261119-233000.db.partial'), 'interrupted by a power cut')
    for (const day of ['2026-11-21', '2026-11-21', '2026-11-22', '2026-11-23']) {
      const core = await openCore({ databasePath: first.path, dataKey: first.key, now: () => new Date(`${day}T04:00:00.000Z`), ...fast })
      await core.dailyBackup
      await core.close()
    }
    const kept = listBackups(join(first.path, '..', 'backups'))
    expect(kept.map((b) => b.created_at.slice(0, 10))).toEqual(['2026-11-23', '2026-11-22'])
    expect(kept.every((b) => b.verified && b.reason === 'daily')).toBe(true)
    // Verifying read-only leaves no -wal/-shm litter beside the backups, and interrupted ones are cleared.
    expect(readdirSync(join(first.path, '..', 'backups')).filter((name) => /-(wal|shm)$|\.partial$/.test(name))).toEqual([])
  })
})

describe('restore', () => {
  it('on a new PC: only the backup file and the passphrase bring every customer and bill back', async () => {
    const shop = await salonWithPassphrase()
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210', notes: 'Prefers Sarah' })
    await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    const backup = await must(shop.owner, 'backup.run', {})
    await shop.core.close()

    // A new PC: an empty user-data folder and a brand-new key.
    const newPath = join(tempDir(), 'parlour.db')
    const storedKeys: Uint8Array[] = []
    const fresh = await openCore({ databasePath: newPath, dataKey: randomKey(), ...fast, onDataKeyChange: (key) => void storedKeys.push(key) })
    const window = fresh.connect()
    expect(await must(window, 'session.state', {})).toMatchObject({ setup_required: true })
    const wrong = await window.invoke('app.restoreBackup', { file: backup.file, passphrase: 'not the passphrase' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await must(window, 'session.state', {})).toMatchObject({ setup_required: true })
    expect(storedKeys).toEqual([])

    expect(await must(window, 'app.restoreBackup', { file: backup.file, passphrase: PASSPHRASE })).toEqual({ state: 'ready' })
    expect(storedKeys).toHaveLength(1)
    expect(Buffer.from(storedKeys[0] as Uint8Array).equals(Buffer.from(shop.key))).toBe(true)
    await must(window, 'session.login', { user_id: shop.ids.receptionist, pin: PINS.receptionist })
    expect(await must(window, 'customers.get', { id: priya.id })).toMatchObject({ phone: '+919876543210', notes: 'Prefers Sarah', total_visits: 1, total_spent: 52_500 })
    expect((await must(window, 'customers.history', { id: priya.id })).items).toHaveLength(1)
    await fresh.close()
    // Next start: the shell has stored the key it was handed.
    const again = await openCore({ databasePath: newPath, dataKey: storedKeys[0] as Uint8Array, ...fast })
    expect(again.store.customers.get(priya.id).first_name).toBe('Priya')
    await again.close()
  })

  it('by the owner: verifies first, keeps the current database aside, and changes nothing on a wrong file', async () => {
    const shop = await salonWithPassphrase()
    const backup = await must(shop.owner, 'backup.run', {})
    await must(shop.receptionist, 'customers.create', { first_name: 'After', last_name: 'Backup', phone: '9000000501' })
    expect(await shop.owner.invoke('backup.restore', { file: '/nonexistent/parlour.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await must(shop.receptionist, 'customers.search', { query: 'After' })).toHaveLength(1) // still logged in, nothing changed
    const result = await must(shop.owner, 'backup.restore', { file: backup.file })
    expect(result.kept_aside).toMatch(/before-restore/)
    expect(existsSync(result.kept_aside as string)).toBe(true)
    // Everyone logs in again; the customer added after the backup is gone from the restored data.
    expect(await shop.receptionist.invoke('customers.search', { query: 'After' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await must(shop.receptionist, 'session.login', { user_id: shop.ids.receptionist, pin: PINS.receptionist })
    expect(await must(shop.receptionist, 'customers.search', { query: 'After' })).toEqual([])
    await shop.core.close()
  })

  it('drops no audit entry: reads buffered before the swap and the sessions it ends reach the restored log', async () => {
    const shop = await salonWithPassphrase()
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const backup = await must(shop.owner, 'backup.run', {})
    await must(shop.receptionist, 'customers.get', { id: priya.id }) // a read, buffered for up to a second
    await must(shop.owner, 'backup.restore', { file: backup.file })

    await must(shop.owner, 'session.login', { user_id: shop.ids.owner, pin: PINS.owner })
    const live = (await must(shop.owner, 'audit.list', { limit: 200 })).items
    const actions = live.map((entry) => `${entry.action}:${entry.user_id ?? ''}:${entry.customer_id ?? ''}`)
    expect(actions).toContain(`customer.read:${shop.ids.receptionist}:${priya.id}`)
    for (const user of [shop.ids.owner, shop.ids.receptionist, shop.ids.staff]) expect(actions).toContain(`session.ended_by_restore:${user}:`)
    expect(actions).toContain(`backup.restore:${shop.ids.owner}:`)

    await shop.core.close()
    expect(shop.logger.errors).toEqual([])
  })
})

describe('the audit log survives a restore', () => {
  it('carries every entry made since the backup into the restored log, marked, with the restore’s own entry and its user', async () => {
    const shop = await salonWithPassphrase()
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const backup = await must(shop.owner, 'backup.run', {})
    const before = (await must(shop.owner, 'audit.list', { limit: 500 })).items.map((entry) => entry.id)
    // After the backup: a deletion and an erasure the restored data knows nothing of.
    const kabir = await must(shop.receptionist, 'customers.create', { first_name: 'Kabir', phone: '9876500001' })
    await must(shop.owner, 'customers.delete', { id: priya.id })
    await must(shop.owner, 'customers.erase', { id: kabir.id, confirm: 'ERASE', basis: 'Asked in writing' })
    const since = (await must(shop.owner, 'audit.list', { limit: 500 })).items.filter((entry) => !before.includes(entry.id))
    expect(since.map((entry) => entry.action)).toEqual(expect.arrayContaining(['customer.create', 'customer.delete', 'customer.erase']))

    await must(shop.owner, 'backup.restore', { file: backup.file })
    await must(shop.owner, 'session.login', { user_id: shop.ids.owner, pin: PINS.owner })
    const live = new Map((await must(shop.owner, 'audit.list', { limit: 500 })).items.map((entry) => [entry.id, entry]))
    for (const entry of since) expect(live.get(entry.id), entry.action).toMatchObject({ action: entry.action, at: entry.at, user_id: entry.user_id, carried_over: true })
    // Entries the backup holds are its own; only the ones after its newest were carried.
    const newestInBackup = newestAuditIdIn(backup.file) ?? ''
    for (const id of before) expect(live.get(id)?.carried_over, id).toBe(id > newestInBackup)
    expect([...live.values()].find((entry) => entry.action === 'backup.restore')).toMatchObject({ user_id: shop.ids.owner, carried_over: false })
    await shop.core.close()
  })
})

describe('corruption recovery', () => {
  it('refuses a damaged database at start, keeps it, and the newest verified backup restores', async () => {
    const shop = await salonWithPassphrase()
    seedCustomers(shop.core.store, { count: 400, seed: 3 })
    const backup = await must(shop.owner, 'backup.run', {})
    shop.core.store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await shop.core.close()
    const size = statSync(shop.path).size
    const fd = openSync(shop.path, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const damaged = sha256(shop.path)

    const error = await openCore({ databasePath: shop.path, dataKey: shop.key, ...fast, quickCheck: 'sync' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as DatabaseOpenError).reason).toBe('corrupt')
    expect(sha256(shop.path)).toBe(damaged)

    const newest = listBackups(join(shop.path, '..', 'backups')).find((b) => b.verified)
    expect(newest?.file).toBe(backup.file)
    const outcome = await restoreClosed({ databasePath: shop.path, backupFile: backup.file, currentKey: shop.key, stamp: 'test' })
    expect(outcome.keptAside && sha256(outcome.keptAside)).toBe(damaged) // the damaged file is kept, untouched
    const reopened = await openCore({ databasePath: shop.path, dataKey: shop.key, ...fast, quickCheck: 'sync' })
    expect(reopened.store.db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(400)
    expect(findProblems(reopened.store.db.sqlite)).toEqual([])
    await reopened.close()
  })
})
