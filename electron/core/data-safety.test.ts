import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, openSync, writeSync, writeFileSync, closeSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { openCore } from '.'
import { prepareRestore, swapInBackup, type RestoreOptions } from '../../db/backup/restore'
import { listBackups } from '../../db/backup/backup'
import { findProblems } from '../../db/check/invariants'
import { DatabaseOpenError } from '../../db/errors'
import { unguardCell } from '../../db/csv'
import { seedCustomers } from '../../bench/generate'
import { FAST_PIN_HASHING, must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'
import { randomKey, rawDatabaseBytes, sha256, tempDir } from '../../test/helpers/temp'

const PASSPHRASE = 'monsoon jasmine kettle 42'

/** What the shell's recovery screen does with no core open: check the backup, then swap it in. */
async function restoreClosed(options: RestoreOptions) {
  const key = await prepareRestore(options)
  return { key, keptAside: await swapInBackup(options) }
}
const fast = { pinHashParams: FAST_PIN_HASHING, recoveryKdfParams: FAST_PIN_HASHING }

async function salonWithPassphrase(start?: string) {
  const opened = await openTestCore(start ? { start } : {})
  const users = await salonWithUsers(opened.core)
  await must(users.owner, 'security.setRecoveryPassphrase', { passphrase: PASSPHRASE })
  return { ...opened, ...users }
}

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

describe('erasure (DPDP)', () => {
  it('removes the customer’s PII from the file, keeps bills and totals, frees the phone, and survives restoring an older backup', async () => {
    const shop = await salonWithPassphrase()
    const secret = { first_name: 'Ishita', last_name: 'Zanzibarwala', phone: '9812345670', email: 'ishita.secret@example.in', date_of_birth: '1992-08-17', notes: 'Allergic to XQ7 dye' }
    const c = await must(shop.receptionist, 'customers.create', secret)
    const sale = await must(shop.receptionist, 'bills.post', { customer_id: c.id, items: [{ name: 'Facial', unit_price: 180_000, quantity: 1 }] })
    await must(shop.receptionist, 'walkins.create', { customer_name: 'Ishita', customer_phone: '+91 98123 45670' })
    await must(shop.receptionist, 'bills.post', { customer_name: 'Ishita', customer_phone: '9812345670', items: [{ name: 'Threading', unit_price: 5_000, quantity: 1 }] })
    const older = await must(shop.owner, 'backup.run', {})

    expect(await shop.owner.invoke('customers.erase', { id: c.id, confirm: 'erase' as 'ERASE', basis: 'asked' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await shop.receptionist.invoke('customers.erase', { id: c.id, confirm: 'ERASE', basis: 'asked' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await must(shop.owner, 'customers.erase', { id: c.id, confirm: 'ERASE', basis: 'Customer asked in writing (DPDP s.12)' })

    const assertGone = (path: string, label: string) => {
      const bytes = rawDatabaseBytes(path)
      for (const needle of ['9812345670', 'Zanzibarwala', 'ishita.secret@example.in', '1992-08-17', 'XQ7 dye', 'anzibar']) {
        expect(bytes.includes(Buffer.from(needle)), `${label}: ${needle}`).toBe(false)
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${label}: ${needle} (utf16)`).toBe(false)
      }
    }
    assertGone(shop.path, 'after erasure')
    expect(findProblems(shop.core.store.db.sqlite)).toEqual([])
    expect(await must(shop.owner, 'bills.get', { id: sale.id })).toMatchObject({ customer_id: c.id, rounded_total: 189_000, customer_name: expect.stringMatching(/^Erased customer/) })
    expect(await must(shop.owner, 'customers.search', { query: 'Ishita' })).toEqual([])
    expect(await must(shop.owner, 'customers.listDeleted', {})).toEqual([])
    expect(await shop.owner.invoke('customers.restore', { id: c.id })).toMatchObject({ ok: false })
    expect(await shop.owner.invoke('customers.erase', { id: c.id, confirm: 'ERASE', basis: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const again = await must(shop.receptionist, 'customers.create', { first_name: 'New', last_name: 'Owner of number', phone: '9812345670' })
    expect(again.id).not.toBe(c.id)

    // An older backup still holds Ishita: restoring it must erase her again.
    const restored = await must(shop.owner, 'backup.restore', { file: older.file })
    expect(restored.re_erased).toBe(1)
    await must(shop.owner, 'session.login', { user_id: shop.ids.owner, pin: PINS.owner })
    expect(await must(shop.owner, 'customers.search', { query: 'Zanzibar' })).toEqual([])
    assertGone(shop.path, 'after restoring the older backup')
    expect(findProblems(shop.core.store.db.sqlite)).toEqual([])
    await shop.core.close()
  })
})

describe('erasure ledger beside the database', () => {
  it('erases again at open whoever an older copy swapped in by the shell brings back', async () => {
    const shop = await salonWithPassphrase()
    const c = await must(shop.receptionist, 'customers.create', { first_name: 'Meher', last_name: 'Quaxley', phone: '9812345671' })
    const older = await must(shop.owner, 'backup.run', {})
    await must(shop.owner, 'customers.erase', { id: c.id, confirm: 'ERASE', basis: 'request' })
    await shop.core.close()
    // The shell's recovery screen restores without a core (no ledger replay of its own).
    await restoreClosed({ databasePath: shop.path, backupFile: older.file, currentKey: shop.key, stamp: 'shell' })
    const reopened = await openCore({ databasePath: shop.path, dataKey: shop.key, ...fast })
    expect(reopened.store.db.sqlite.prepare('SELECT erased_at IS NOT NULL FROM customers WHERE id = ?').pluck().get(c.id)).toBe(1)
    await reopened.close()
    expect(rawDatabaseBytes(shop.path).includes(Buffer.from('Quaxley'))).toBe(false)
  })
})

describe('exports', () => {
  it('all customers as CSV: a parser gives every customer back, and formula cells are defused', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    const tricky = [
      { first_name: 'Anita, Jr.', last_name: 'O"Brien', phone: '9000000601', notes: 'line one\nline two' },
      { first_name: '=HYPERLINK("http://evil")', last_name: '+Sharma', phone: '9000000602', notes: '-5 cheaper' },
      { first_name: '@Sum', last_name: 'Iyer', phone: '9000000603', email: 'at@example.in' },
      { first_name: 'सुनीता', last_name: 'देवी', phone: '9000000604', date_of_birth: '1980-01-31' },
    ]
    for (const person of tricky) await must(owner, 'customers.create', person)
    const file = join(tempDir(), 'customers.csv')
    expect(await must(owner, 'customers.exportCsv', { file })).toEqual({ file, rows: 4 })
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/) // no raw formula starts a cell
    const records = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[]
    expect(records).toHaveLength(4)
    for (const person of tricky) {
      const row = records.find((r) => unguardCell(r.phone ?? '') === `+91${person.phone}`)
      expect(row).toBeDefined()
      if (!row) continue
      expect(unguardCell(row.first_name ?? '')).toBe(person.first_name)
      expect(unguardCell(row.last_name ?? '')).toBe(person.last_name)
      expect(unguardCell(row.notes ?? '')).toBe(person.notes ?? '')
      expect(row.total_spent_rupees).toBe('0.00')
    }
    await core.close()
  })

  it('one customer’s data as JSON and a readable page (DPDP right to access)', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const c = await must(receptionist, 'customers.create', { first_name: 'Priya', last_name: '<b>Sharma</b>', phone: '9876543210', notes: 'Prefers Sarah' })
    await must(receptionist, 'bills.post', { customer_id: c.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    await must(receptionist, 'walkins.create', { customer_id: c.id, service: 'Threading' })
    const folder = tempDir()
    const result = await must(owner, 'customers.export', { id: c.id, folder })
    expect(result).toMatchObject({ bills: 1, visits: 1 })
    const json = JSON.parse(readFileSync(result.json_file, 'utf8')) as { customer: { phone: string; notes: string }; bills: unknown[] }
    expect(json.customer).toMatchObject({ phone: '+919876543210', notes: 'Prefers Sarah' })
    const html = readFileSync(result.html_file, 'utf8')
    expect(html).toContain('&lt;b&gt;Sharma&lt;/b&gt;')
    expect(html).not.toContain('<b>Sharma</b>')
    expect(html).not.toMatch(/<script/i)
    await core.close()
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
