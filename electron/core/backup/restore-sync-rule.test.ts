import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore, type Core } from '..'
import { readOutbox } from '../../../db/sync/replay'
import { must, PINS } from '../../../test/helpers/core'
import { fast, PASSPHRASE, salonWithPassphrase } from '../../../test/helpers/backups'
import { randomKey, tempDir } from '../../../test/helpers/temp'

/** SYNC.md's restore rule, at the level this desk can prove it without a server: outbox, desk and clock. */
const billsInOutbox = (core: Core) => readOutbox(core.store.db).filter((entry) => entry.table_name === 'bills' && entry.op === 'insert').map((entry) => entry.row_key)
const lastClock = (core: Core) => readOutbox(core.store.db).at(-1)?.hlc ?? ''

describe('restoring a backup, for sync', () => {
  it('a desk that never synced keeps the backup’s outbox (its data’s history), stays the same desk, and its clock never goes back', async () => {
    const shop = await salonWithPassphrase()
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const first = await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    const backup = await must(shop.owner, 'backup.run', {})
    shop.clock.advance(10 * 60_000)
    await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Hair spa', unit_price: 120_000, quantity: 1 }] })
    const deskBefore = shop.core.store.writes.desk()
    const clockBefore = lastClock(shop.core)
    // The PC's clock is set back (past the second bill): the desk's clock must still move on.
    shop.clock.advance(-15 * 60_000)
    await must(shop.owner, 'backup.restore', { file: backup.file, passphrase: PASSPHRASE })
    expect(shop.core.store.writes.desk()).toMatchObject({ id: deskBefore.id, code: 'local' })
    expect(billsInOutbox(shop.core)).toEqual([first.id])
    await must(shop.receptionist, 'session.login', { user_id: shop.ids.receptionist, pin: PINS.receptionist })
    const after = await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Blow dry', unit_price: 30_000, quantity: 1 }] })
    expect(billsInOutbox(shop.core)).toEqual([first.id, after.id])
    expect(lastClock(shop.core) > clockBefore).toBe(true)
    await shop.core.close()
  })

  it('an enrolled desk never pushes the backup’s rows as new: its outbox is emptied, and it stays the desk it was', async () => {
    const shop = await salonWithPassphrase()
    // Enrolment is the sync issue's; here the desk's code is set as enrolment will set it.
    shop.core.store.db.sqlite.prepare(`UPDATE sync_desk SET desk_code = 'A'`).run()
    const priya = await must(shop.receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    await must(shop.receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1 }] })
    const backup = await must(shop.owner, 'backup.run', {})
    await shop.core.close()
    // Reopened, so the desk's code is read from the file as it is after enrolment.
    const core = await openCore({ databasePath: shop.path, dataKey: shop.key, now: shop.clock, ...fast })
    const owner = core.connect()
    await must(owner, 'session.login', { user_id: shop.ids.owner, pin: PINS.owner })
    const desk = core.store.writes.desk()
    expect(desk.code).toBe('A')
    await must(owner, 'backup.restore', { file: backup.file, passphrase: PASSPHRASE })
    expect(core.store.writes.desk()).toMatchObject({ id: desk.id, code: 'A' })
    const left = readOutbox(core.store.db)
    expect(left.filter((entry) => entry.table_name !== 'audit_log')).toEqual([])
    await core.close()
  })

  it('a backup of an enrolled desk restored on another PC joins as a new desk', async () => {
    const shop = await salonWithPassphrase()
    shop.core.store.db.sqlite.prepare(`UPDATE sync_desk SET desk_code = 'A'`).run()
    await must(shop.receptionist, 'customers.create', { first_name: 'Priya', phone: '9876543210' })
    const backup = await must(shop.owner, 'backup.run', {})
    const original = shop.core.store.writes.desk()
    await shop.core.close()
    const fresh = await openCore({ databasePath: join(tempDir(), 'parlour.db'), dataKey: randomKey(), ...fast })
    expect(await must(fresh.connect(), 'app.restoreBackup', { file: backup.file, passphrase: PASSPHRASE })).toEqual({ state: 'ready' })
    const desk = fresh.store.writes.desk()
    expect(desk.id).not.toBe(original.id)
    expect(desk.code).toBe('local')
    expect(readOutbox(fresh.store.db).filter((entry) => entry.table_name !== 'audit_log')).toEqual([])
    await fresh.close()
  })
})
