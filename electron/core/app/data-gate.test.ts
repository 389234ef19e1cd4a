import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRecoveryWrap } from '../../../db/key-recovery/key-recovery'
import { PINS, must } from '../../../test/helpers/core'
import { tempDir } from '../../../test/helpers/temp'
import { createStandInSafeStorage } from '../../testing/stand-in-safe-storage'
import { launchDesk, type Gate, type Os } from '../../../test/helpers/desk'

const PASSPHRASE = 'our salon opened in 2019'

/** One "launch" of the desktop app's core on a user-data folder, with a real database. */
const launch = (dir: string, os: Os, platform: NodeJS.Platform = 'linux') => launchDesk(dir, os, { platform })

/**
 * Every file that holds data, with a hash of its bytes: "nothing changed" made checkable.
 * Reading the recovery record opens the database read-only, and SQLite then creates its
 * shared-memory index (-shm) and an empty -wal beside a WAL database: neither holds data.
 */
function snapshot(dir: string): Record<string, string> {
  const holdsData = (name: string) => !name.endsWith('-shm') && !(name.endsWith('-wal') && readFileSync(join(dir, name)).length === 0)
  return Object.fromEntries(
    readdirSync(dir)
      .filter(holdsData)
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  )
}

async function salonWithOwner(gate: Gate) {
  const core = gate.core()
  if (!core) throw new Error('the core is not open')
  const desk = core.connect()
  await must(desk, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
  await must(desk, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' })
  return desk
}

async function customerCount(gate: Gate) {
  const desk = gate.core()!.connect()
  const users = await must(desk, 'session.state', {})
  await must(desk, 'session.login', { user_id: users.users[0]!.id, pin: PINS.owner })
  return (await must(desk, 'customers.search', { query: 'priya' })).length
}

describe('data gate: a strong OS key store', () => {
  it('first run makes a key, stores it wrapped, and opens a new database; the next start opens the same data', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage({ backend: 'gnome_libsecret' })
    const first = launch(dir, os)
    expect(await first.gate.start()).toEqual({ state: 'ready' })
    expect(readdirSync(dir)).toContain('data-key.json')
    await salonWithOwner(first.gate)
    await first.gate.close()

    const second = launch(dir, os)
    expect(await second.gate.start()).toEqual({ state: 'ready' })
    expect(await customerCount(second.gate)).toBe(1)
    await second.gate.close()
  })

  it('a changed backend asks for the recovery passphrase, then stores the key under the new backend (old key file kept)', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage({ backend: 'kwallet5' })
    const first = launch(dir, os)
    await first.gate.start()
    const owner = await salonWithOwner(first.gate)
    await must(owner, 'security.setRecoveryPassphrase', { passphrase: PASSPHRASE })
    await first.gate.close()

    os.state.backend = 'kwallet6'
    const second = launch(dir, os)
    expect(await second.gate.start()).toMatchObject({ state: 'passphrase-required', reason: 'key-store-changed' })
    expect(second.gate.core()).toBeNull()
    expect(await second.gate.unlock(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await customerCount(second.gate)).toBe(1)
    await second.gate.close()
    expect(readdirSync(dir).filter((name) => name.startsWith('data-key.replaced-'))).toHaveLength(1)

    const third = launch(dir, os)
    expect(await third.gate.start()).toEqual({ state: 'ready' })
    await third.gate.close()
  })

  it('a lost key with no recovery passphrase is a database problem, and nothing is changed, deleted or re-keyed', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    await salonWithOwner(first.gate)
    await first.gate.close()
    const before = snapshot(dir)

    os.reset() // the keyring was wiped
    const second = launch(dir, os)
    const status = await second.gate.start()
    expect(status).toMatchObject({ state: 'database-problem', reason: 'wrong-key' })
    expect(status.state === 'database-problem' && status.message).toContain('Nothing has been changed')
    expect(second.gate.core()).toBeNull()
    expect(await second.gate.unlock(PASSPHRASE)).toEqual({ ok: true, value: status })
    expect(await second.gate.createPassphrase(PASSPHRASE)).toEqual({ ok: true, value: status })
    expect(snapshot(dir)).toEqual(before)
  })

  it('a damaged database is reported with its reason and left exactly as it was', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage()
    const first = launch(dir, os)
    await first.gate.start()
    await first.gate.close()
    writeFileSync(join(dir, 'parlour.db'), Buffer.alloc(8192, 7))
    const before = snapshot(dir)

    const second = launch(dir, os)
    expect(await second.gate.start()).toMatchObject({ state: 'database-problem', reason: 'not-a-database' })
    expect(snapshot(dir)).toEqual(before)
  })

  it('a database with no key file on this computer (copied from another PC) asks for its passphrase, never makes a new key', async () => {
    const source = tempDir()
    const other = createStandInSafeStorage()
    const first = launch(source, other)
    await first.gate.start()
    const owner = await salonWithOwner(first.gate)
    await must(owner, 'security.setRecoveryPassphrase', { passphrase: PASSPHRASE })
    await first.gate.close()

    const dir = tempDir()
    writeFileSync(join(dir, 'parlour.db'), readFileSync(join(source, 'parlour.db')))
    const here = launch(dir, createStandInSafeStorage())
    expect(await here.gate.start()).toMatchObject({ state: 'passphrase-required', reason: 'key-store-changed' })
    expect(Object.keys(snapshot(dir))).toEqual(['parlour.db'])
    expect(await here.gate.unlock(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await customerCount(here.gate)).toBe(1)
    await here.gate.close()
  })
})

describe('data gate: a weak or missing OS key store', () => {
  it.each([
    [{ backend: 'basic_text' as const }, 'weak-key-store'],
    [{ available: false }, 'key-store-unavailable'],
  ])('first run with %j asks the owner to set a recovery passphrase and creates nothing until then', async (storeOptions, reason) => {
    const dir = tempDir()
    const { gate } = launch(dir, createStandInSafeStorage(storeOptions))
    expect(await gate.start()).toMatchObject({ state: 'passphrase-setup', reason })
    expect(gate.core()).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('a too-short passphrase is refused and creates nothing', async () => {
    const dir = tempDir()
    const { gate } = launch(dir, createStandInSafeStorage({ backend: 'basic_text' }))
    await gate.start()
    const result = await gate.createPassphrase('short')
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.stringContaining('12') } } })
    expect(readdirSync(dir)).toEqual([])
    expect(await gate.status()).toMatchObject({ state: 'passphrase-setup' })
  })

  it('basic_text: the passphrase protects a new key kept only in the database; later starts need it; a wrong one changes nothing', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage({ backend: 'basic_text' })
    const first = launch(dir, os)
    await first.gate.start()
    expect(await first.gate.createPassphrase(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(readRecoveryWrap(first.databasePath)).not.toBeNull()
    await salonWithOwner(first.gate)
    await first.gate.close()
    // The key was never written anywhere weakly: no key file, and safeStorage was never asked to wrap it.
    expect(readdirSync(dir)).not.toContain('data-key.json')
    expect(os.calls.encrypt).toBe(0)

    const second = launch(dir, os)
    expect(await second.gate.start()).toMatchObject({ state: 'passphrase-required', reason: 'weak-key-store' })
    const before = snapshot(dir)
    const wrong = await second.gate.unlock('not our salon passphrase')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await second.gate.status()).toMatchObject({ state: 'passphrase-required', reason: 'weak-key-store' })
    expect(second.gate.core()).toBeNull()
    expect(snapshot(dir)).toEqual(before)

    expect(await second.gate.unlock(PASSPHRASE)).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await customerCount(second.gate)).toBe(1)
    await second.gate.close()
    expect(readdirSync(dir)).not.toContain('data-key.json')
  })

  it('records setting the passphrase in the audit log', async () => {
    const dir = tempDir()
    const { gate } = launch(dir, createStandInSafeStorage({ available: false }))
    await gate.start()
    await gate.createPassphrase(PASSPHRASE)
    const rows = gate.core()!.store.audit.page({ limit: 10 })
    expect(rows.map((row) => row.action)).toContain('security.recovery_passphrase_set')
    await gate.close()
  })

  it('two unlock attempts at once open the core once', async () => {
    const dir = tempDir()
    const os = createStandInSafeStorage({ backend: 'basic_text' })
    const first = launch(dir, os)
    await first.gate.start()
    await first.gate.createPassphrase(PASSPHRASE)
    await first.gate.close()

    const second = launch(dir, os)
    await second.gate.start()
    const [a, b] = await Promise.all([second.gate.unlock(PASSPHRASE), second.gate.unlock(PASSPHRASE)])
    expect(a).toEqual({ ok: true, value: { state: 'ready' } })
    expect(b).toEqual({ ok: true, value: { state: 'ready' } })
    const core = second.gate.core()
    expect(core).not.toBeNull()
    await second.gate.close()
  })
})
