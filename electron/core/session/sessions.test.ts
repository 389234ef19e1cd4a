import { describe, expect, it } from 'vitest'
import { openCore } from '..'
import { must, openTestCore, PINS, salonWithUsers, FAST_PIN_HASHING } from '../../../test/helpers/core'
import { manualClock } from '../../../test/helpers/temp'
import { FREE_ATTEMPTS, LOCK_AFTER } from './lockout'
import { UNKNOWN_LOGINS_PER_MINUTE } from './unknown-logins'

const RECOVERY = 'correct horse battery staple'

describe('first run', () => {
  it('asks for setup, creates the owner once, and logs them in', async () => {
    const { core } = await openTestCore()
    const window = core.connect()
    expect(await must(window, 'session.state', {})).toEqual({ setup_required: true, user: null, users: [] })
    expect(await window.invoke('customers.search', { query: 'a' })).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } })
    expect(await window.invoke('session.setupOwner', { name: 'Asha', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { pin: expect.stringMatching(/straight run/) } },
    })
    const owner = await must(window, 'session.setupOwner', { name: 'Asha', pin: PINS.owner })
    expect(owner).toMatchObject({ name: 'Asha', role: 'owner', active: true })
    expect(await must(window, 'session.state', {})).toMatchObject({ setup_required: false, user: { id: owner.id } })
    const other = core.connect()
    expect(await other.invoke('session.setupOwner', { name: 'Intruder', pin: 'another passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    await core.close()
  })
})

describe('PIN rules', () => {
  it('wants 6+ digits for receptionist and staff; the owner may use a passphrase', async () => {
    const { core } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    for (const pin of ['12345', 'abcdefgh', '1234567890123', '111111']) {
      const result = await owner.invoke('users.create', { name: `R ${pin}`, role: 'receptionist', pin })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { pin: expect.any(String) } } })
    }
    expect((await owner.invoke('users.create', { name: 'Second owner', role: 'owner', pin: 'long passphrase here' })).ok).toBe(true)
    expect((await owner.invoke('users.create', { name: 'Short', role: 'owner', pin: 'short' })).ok).toBe(false)
    await core.close()
  })

  it('refuses a PIN another active user has, on create and on change, without saying whose', async () => {
    const { core } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    const taken = await owner.invoke('users.create', { name: 'Meena', role: 'staff', pin: PINS.receptionist })
    expect(taken).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'This PIN is already in use. Choose another one.', fields: { pin: 'This PIN is already in use. Choose another one.' } } })
    const changed = await owner.invoke('users.update', { id: ids.staff, pin: PINS.receptionist })
    expect(changed).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { pin: 'This PIN is already in use. Choose another one.' } } })
    // A user keeping their own PIN is not a clash; a deactivated user's PIN is free again.
    expect((await owner.invoke('users.update', { id: ids.staff, pin: PINS.staff })).ok).toBe(true)
    expect((await owner.invoke('users.update', { id: ids.receptionist, active: false })).ok).toBe(true)
    expect((await owner.invoke('users.create', { name: 'Meena', role: 'staff', pin: PINS.receptionist })).ok).toBe(true)
    expect((await must(owner, 'users.list', {})).filter((user) => user.name === 'Meena')).toHaveLength(1)
    await core.close()
  })
})

describe('logins naming nobody', () => {
  it('are refused after a few a minute, recorded once per burst instead of a row each, and never hold up a real login', async () => {
    const { core, clock } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    const door = core.connect()
    const codes: string[] = []
    for (let attempt = 0; attempt < 2000; attempt++) {
      const result = await door.invoke('session.login', { user_id: `01ARZ3NDEKTSV4RRFFQ69G${String(attempt).padStart(4, '0')}`, pin: '123456' })
      codes.push(result.ok ? 'ok' : result.error.code)
    }
    expect(codes.slice(0, UNKNOWN_LOGINS_PER_MINUTE)).toEqual(Array(UNKNOWN_LOGINS_PER_MINUTE).fill('UNAUTHENTICATED'))
    expect(new Set(codes.slice(UNKNOWN_LOGINS_PER_MINUTE))).toEqual(new Set(['LOCKED_OUT']))
    // The receptionist at her tile is not held up by the burst.
    expect((await door.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).ok).toBe(true)
    const entries = (await must(owner, 'audit.list', { limit: 200 })).items
    expect(entries.filter((entry) => entry.action === 'session.login' && entry.outcome === 'failed')).toHaveLength(UNKNOWN_LOGINS_PER_MINUTE)
    expect(entries.filter((entry) => entry.action === 'session.login_throttled')).toHaveLength(1)
    // A minute later (the injected clock), a stale tile is answered as before.
    clock.advance(60_000)
    const later = await core.connect().invoke('session.login', { user_id: '01ARZ3NDEKTSV4RRFFQ69G9999', pin: '123456' })
    expect(later).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })
})

describe('an owner locked out at the login screen', () => {
  it('is unlocked and logged in with the recovery passphrase; a wrong one, or anyone but an owner, is refused', async () => {
    const { core } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    await must(owner, 'security.setRecoveryPassphrase', { passphrase: RECOVERY })
    const door = core.connect()
    for (let attempt = 0; attempt < LOCK_AFTER; attempt++) await door.invoke('session.login', { user_id: ids.owner, pin: `wrong guess ${attempt}` })
    expect(await door.invoke('session.login', { user_id: ids.owner, pin: PINS.owner })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } })

    expect(await door.invoke('session.unlockOwner', { user_id: ids.owner, passphrase: 'a wrong passphrase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await door.invoke('session.unlockOwner', { user_id: ids.receptionist, passphrase: RECOVERY })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await must(door, 'session.unlockOwner', { user_id: ids.owner, passphrase: RECOVERY })).toMatchObject({ id: ids.owner, role: 'owner' })
    expect((await must(door, 'session.state', {})).user?.id).toBe(ids.owner)
    // The lockout is gone: the PIN works again from another window.
    expect((await core.connect().invoke('session.login', { user_id: ids.owner, pin: PINS.owner })).ok).toBe(true)
    const actions = (await must(door, 'audit.list', { limit: 50 })).items.filter((entry) => entry.action === 'session.owner_unlock').map((entry) => entry.outcome)
    expect(actions.sort()).toEqual(['failed', 'ok'])
    await core.close()
  })
})

describe('lockout', () => {
  it('delays after 5 wrong PINs, locks after 10, and the count survives a restart', async () => {
    const first = await openTestCore()
    const { ids, owner } = await salonWithUsers(first.core)
    const door = first.core.connect()
    const wrong = () => door.invoke('session.login', { user_id: ids.receptionist, pin: '999999' })

    for (let i = 1; i <= 4; i++) expect(await wrong()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const fifth = await wrong()
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', locked_until: expect.stringMatching(/\+05:30$/) } })
    // While waiting even the right PIN is refused, and the PIN is not even checked.
    expect(await door.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED_OUT' },
    })
    // What the restart must keep: five wrong PINs (the right one, refused, counted for nothing) and the wait.
    const stored = (await must(owner, 'users.list', {})).find((u) => u.id === ids.receptionist)
    expect(stored).toMatchObject({ failed_attempts: FREE_ATTEMPTS, locked_until: expect.any(String) })
    await first.core.close()

    // Restart: the count is on disk.
    const clock = manualClock('2026-11-24T05:00:00.000Z')
    const again = await openCore({ databasePath: first.path, dataKey: first.key, now: clock, pinHashParams: FAST_PIN_HASHING })
    const door2 = again.connect()
    for (let failures = 6; failures <= LOCK_AFTER; failures++) {
      clock.advance(60 * 60_000) // wait out each delay
      expect(await door2.invoke('session.login', { user_id: ids.receptionist, pin: '999999' })).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } })
    }
    clock.advance(14 * 60_000)
    const locked = await door2.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', message: expect.stringMatching(/15 minutes/) } })

    // The owner unlocks them.
    const ownerDoor = again.connect()
    await must(ownerDoor, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    const list = await must(ownerDoor, 'users.list', {})
    expect(list.find((u) => u.id === ids.receptionist)).toMatchObject({ failed_attempts: LOCK_AFTER, locked_until: expect.any(String) })
    await must(ownerDoor, 'users.update', { id: ids.receptionist, unlock: true })
    expect(await must(door2, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).toMatchObject({ id: ids.receptionist })
    await again.close()
  })
})

describe('lockout stays on this desk', () => {
  it('wrong PINs, the lock and an unlock write the desk\'s user_lockouts row and nothing to the outbox but their audit entries', async () => {
    const { core } = await openTestCore()
    const { ids, owner } = await salonWithUsers(core)
    const db = core.store.db.sqlite
    let mark = db.prepare(`SELECT coalesce(max(seq), 0) FROM sync_outbox`).pluck().get() as number
    const outboxTables = () => db.prepare(`SELECT table_name FROM sync_outbox WHERE seq > ? ORDER BY seq`).pluck().all(mark) as string[]
    const door = core.connect()
    for (let i = 1; i <= FREE_ATTEMPTS; i++) await door.invoke('session.login', { user_id: ids.receptionist, pin: '999999' })
    expect(db.prepare(`SELECT failed_attempts, locked_until IS NOT NULL AS locked FROM user_lockouts WHERE user_id = ?`).get(ids.receptionist)).toEqual({ failed_attempts: FREE_ATTEMPTS, locked: 1 })
    expect(core.store.users.lockout(ids.receptionist)).toMatchObject({ failed_attempts: FREE_ATTEMPTS, locked_until: expect.any(String) })
    expect(new Set(outboxTables())).toEqual(new Set(['audit_log']))
    expect((await must(owner, 'users.list', {})).find((u) => u.id === ids.receptionist)).toMatchObject({ failed_attempts: FREE_ATTEMPTS, locked_until: expect.stringMatching(/\+05:30$/) })

    mark = db.prepare(`SELECT coalesce(max(seq), 0) FROM sync_outbox`).pluck().get() as number
    await must(owner, 'users.update', { id: ids.receptionist, unlock: true })
    expect(core.store.users.lockout(ids.receptionist)).toEqual({ failed_attempts: 0, locked_until: null })
    expect(db.prepare(`SELECT count(*) FROM user_lockouts`).pluck().get()).toBe(0)
    expect(new Set(outboxTables())).toEqual(new Set(['audit_log']))

    // A new PIN clears the count too (and, a record write, syncs).
    await door.invoke('session.login', { user_id: ids.staff, pin: '999999' })
    expect(core.store.users.lockout(ids.staff).failed_attempts).toBe(1)
    await must(owner, 'users.update', { id: ids.staff, pin: '935171' })
    expect(core.store.users.lockout(ids.staff).failed_attempts).toBe(0)
    // A right PIN clears it.
    await door.invoke('session.login', { user_id: ids.receptionist, pin: '999999' })
    expect(core.store.users.lockout(ids.receptionist).failed_attempts).toBe(1)
    await must(door, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(core.store.users.lockout(ids.receptionist).failed_attempts).toBe(0)
    await core.close()
  })
})

describe('sessions end', () => {
  it('after the idle timeout, driven by the injected clock', async () => {
    const { core, clock } = await openTestCore()
    const { receptionist, owner } = await salonWithUsers(core)
    clock.advance(9 * 60_000)
    expect((await receptionist.invoke('customers.search', { query: 'x' })).ok).toBe(true)
    clock.advance(9 * 60_000) // activity above restarted the timer
    expect((await receptionist.invoke('customers.search', { query: 'x' })).ok).toBe(true)
    clock.advance(10 * 60_000 + 1)
    expect(await receptionist.invoke('customers.search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await must(receptionist, 'session.state', {})).toMatchObject({ user: null })
    // The owner's window was idle too.
    expect(await owner.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })

  it('when only a screen’s timer asks (the queue, today’s visits): polling is not a person at the counter', async () => {
    const { core, clock } = await openTestCore()
    const { receptionist, staff } = await salonWithUsers(core)
    for (let minute = 1; minute <= 10; minute++) {
      clock.advance(60_000)
      expect((await staff.invoke('queue.today', {})).ok, `minute ${minute}`).toBe(true)
      expect((await receptionist.invoke('visits.today', {})).ok, `minute ${minute}`).toBe(true)
    }
    clock.advance(1)
    expect(await staff.invoke('queue.today', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await receptionist.invoke('visits.today', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })

  it('follows the idle setting', async () => {
    const { core, clock } = await openTestCore()
    const { owner } = await salonWithUsers(core)
    await must(owner, 'settings.update', { idle_lock_minutes: 2 })
    clock.advance(2 * 60_000 + 1)
    expect(await owner.invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })

  it('on logout, and everywhere when the owner deactivates the user or changes their role', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist, staff, ids } = await salonWithUsers(core)
    const secondWindow = core.connect()
    await must(secondWindow, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    await must(owner, 'users.update', { id: ids.receptionist, active: false })
    for (const window of [receptionist, secondWindow]) {
      expect(await window.invoke('customers.search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    expect(await secondWindow.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    await must(owner, 'users.update', { id: ids.staff, role: 'receptionist', pin: '620418' })
    expect(await staff.invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await must(owner, 'session.logout', {})
    expect(await owner.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await core.close()
  })

  it('when a PIN changes: every other window of that user ends; the window that changed its own PIN stays', async () => {
    const { core } = await openTestCore()
    const { owner, receptionist, ids } = await salonWithUsers(core)
    const ownersOtherWindow = core.connect()
    await must(ownersOtherWindow, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    const receptionistsOtherWindow = core.connect()
    await must(receptionistsOtherWindow, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })

    // The owner changes their own PIN: the window that did it stays logged in, their other one ends.
    await must(owner, 'users.update', { id: ids.owner, pin: 'a brand new owner passphrase' })
    expect(await ownersOtherWindow.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await owner.invoke('users.list', {})).ok).toBe(true)
    expect(await ownersOtherWindow.invoke('session.login', { user_id: ids.owner, pin: PINS.owner })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    await must(ownersOtherWindow, 'session.login', { user_id: ids.owner, pin: 'a brand new owner passphrase' })

    // The owner changes a receptionist's PIN: every window of theirs ends; the owner's stay.
    await must(owner, 'users.update', { id: ids.receptionist, pin: '639174' })
    for (const window of [receptionist, receptionistsOtherWindow]) {
      expect(await window.invoke('customers.search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    for (const window of [owner, ownersOtherWindow]) expect((await window.invoke('users.list', {})).ok).toBe(true)
    await core.close()
  })

  it('never leaves the salon without an active owner', async () => {
    const { core } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    expect(await owner.invoke('users.update', { id: ids.owner, active: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await owner.invoke('users.update', { id: ids.owner, role: 'staff', pin: '620418' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await must(owner, 'users.list', {})).find((u) => u.id === ids.owner)).toMatchObject({ role: 'owner', active: true })
    await core.close()
  })
})

describe('PIN hashing', () => {
  it('uses argon2id with a pepper from the data key, and rehashes when the cost is raised', async () => {
    const weak = await openTestCore() // minimum argon2id cost
    const { ids } = await salonWithUsers(weak.core)
    const hashOf = (core: typeof weak.core) =>
      (core.store.db.sqlite.prepare('SELECT pin_hash FROM users WHERE id = ?').get(ids.staff) as { pin_hash: string }).pin_hash
    const before = hashOf(weak.core)
    expect(before).toMatch(/^\$argon2id\$v=19\$m=8,t=1/)
    await weak.core.close()

    const strong = await openCore({ databasePath: weak.path, dataKey: weak.key }) // default (interactive) cost
    const door = strong.connect()
    await must(door, 'session.login', { user_id: ids.staff, pin: PINS.staff })
    const after = hashOf(strong)
    expect(after).toMatch(/^\$argon2id\$v=19\$m=65536,t=2/)
    // The fresh hash is a record write: it syncs like any new PIN.
    const rehash = strong.store.db.sqlite.prepare(`SELECT op, fields FROM sync_outbox WHERE table_name = 'users' AND row_key = ? ORDER BY seq DESC`).get(ids.staff) as { op: string; fields: string }
    expect(rehash.op).toBe('update')
    expect(Object.keys(JSON.parse(rehash.fields))).toEqual(['pin_hash'])
    // The stored hash is not argon2id of the bare PIN: the pepper is in front of it.
    const sodium = (await import('../../../db/vault/sodium')).loadSodium
    expect((await sodium()).crypto_pwhash_str_verify(after, PINS.staff)).toBe(false)
    await must(door, 'session.logout', {})
    await must(door, 'session.login', { user_id: ids.staff, pin: PINS.staff })
    expect(hashOf(strong)).toBe(after)
    await strong.close()
  })
})
