import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS } from '../../../test/helpers/core'
import { salonWithPassphrase } from '../../../test/helpers/backups'

/**
 * Invoice numbers through the core (issue 19 item 1, SYNC.md "Numbers"): a number is never
 * issued twice, not even after a restore rolls the counters back with the file, and no series
 * may pass the 16 characters of CGST Rule 46(b).
 */

const haircut = { name: 'Haircut', unit_price: 50_000, quantity: 1 }

async function shop() {
  const opened = await salonWithPassphrase()
  const post = async () => (await must(opened.receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })).invoice_number
  /** A restore ends every session: the owner and the receptionist log in again. */
  const restore = async (file: string) => {
    await must(opened.owner, 'backup.restore', { file })
    await must(opened.owner, 'session.login', { user_id: opened.ids.owner, pin: PINS.owner })
    await must(opened.receptionist, 'session.login', { user_id: opened.ids.receptionist, pin: PINS.receptionist })
  }
  return { ...opened, post, restore }
}

describe('after a restore', () => {
  it('never issues a number again: 0001, backup, 0002, restore, then 0003', async () => {
    const { core, owner, post, restore } = await shop()
    expect(await post()).toBe('SAL-26-0001')
    const backup = await must(owner, 'backup.run', {})
    expect(await post()).toBe('SAL-26-0002')
    await restore(backup.file)
    expect(await post()).toBe('SAL-26-0003')
    expect(await post()).toBe('SAL-26-0004')
    await core.close()
  })

  it('never issues a credit note number again either', async () => {
    const { core, owner, receptionist, restore } = await shop()
    const first = await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })
    const second = await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })
    const backup = await must(owner, 'backup.run', {})
    expect((await must(owner, 'bills.refund', { bill_id: first.id, reason: 'Unhappy' })).invoice_number).toBe('SAL-CN-26-0001')
    await restore(backup.file)
    expect((await must(owner, 'bills.refund', { bill_id: second.id, reason: 'Unhappy' })).invoice_number).toBe('SAL-CN-26-0002')
    await core.close()
  })

  it('records the number each bill.post and bill.refund issued in its audit entry, and the owner still sees it once the bill is rolled back', async () => {
    const { core, owner, receptionist, post, restore } = await shop()
    const backup = await must(owner, 'backup.run', {})
    const sale = await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })
    await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Unhappy' })
    const numbers = () => core.store.db.sqlite.prepare(`SELECT action, invoice_number, carried_over FROM audit_log WHERE action LIKE 'bill.%' ORDER BY id`).all()
    expect(numbers()).toEqual([
      { action: 'bill.post', invoice_number: 'SAL-26-0001', carried_over: 0 },
      { action: 'bill.refund', invoice_number: 'SAL-CN-26-0001', carried_over: 0 },
    ])
    await restore(backup.file)
    expect(numbers()).toEqual([
      { action: 'bill.post', invoice_number: 'SAL-26-0001', carried_over: 1 },
      { action: 'bill.refund', invoice_number: 'SAL-CN-26-0001', carried_over: 1 },
    ])
    const log = await must(owner, 'audit.list', { group: 'bills' })
    expect(log.items.find((entry) => entry.action === 'bill.post')).toMatchObject({ target: 'Bill SAL-26-0001', carried_over: true })
    expect(await post()).toBe('SAL-26-0002')
    await core.close()
  })

  it('numbers past a prefix used before the restore when the owner sets it again', async () => {
    const { core, owner, post, restore } = await shop()
    expect(await post()).toBe('SAL-26-0001')
    const backup = await must(owner, 'backup.run', {})
    await must(owner, 'settings.update', { invoice_prefix: 'GLW' })
    expect(await post()).toBe('GLW-26-0002')
    await restore(backup.file)
    await must(owner, 'settings.update', { invoice_prefix: 'GLW' })
    expect(await post()).toBe('GLW-26-0003')
    await core.close()
  })
})

describe('when the data opens', () => {
  it('moves counters that are behind the ledger past it', async () => {
    const { core, path, key, post } = await shop()
    expect(await post()).toBe('SAL-26-0001')
    expect(await post()).toBe('SAL-26-0002')
    await core.close()
    // A counter rolled back (a file put together by hand, a counter lost): the ledger knows better.
    const raw = new Database(path)
    raw.prepare(`DELETE FROM counters WHERE name LIKE 'invoice:%'`).run()
    raw.close()
    const reopened = await openTestCore({ path, key })
    const receptionist = reopened.core.connect()
    const reception = reopened.core.store.users.list().find((user) => user.role === 'receptionist')
    await must(receptionist, 'session.login', { user_id: reception?.id as string, pin: PINS.receptionist })
    expect((await must(receptionist, 'bills.post', { customer_name: 'Guest', items: [haircut] })).invoice_number).toBe('SAL-26-0003')
    await reopened.core.close()
  })
})

describe('the invoice prefix (CGST Rule 46(b): 16 characters at most)', () => {
  it('takes a prefix whose longest number is exactly 16 characters and refuses one of 17, showing that number', async () => {
    const { core, owner, post } = await shop()
    expect(await must(owner, 'settings.update', { invoice_prefix: 'GLW' })).toMatchObject({ invoice_prefix: 'GLW' })
    const refused = await owner.invoke('settings.update', { invoice_prefix: 'GLOW' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { invoice_prefix: expect.stringMatching(/GLOW\/XYC\/\d\d\/99999 \(17 characters/) } } })
    expect(await owner.invoke('settings.update', { invoice_prefix: 'GLOWSTDO' })).toMatchObject({ ok: false, error: { fields: { invoice_prefix: expect.stringMatching(/GLOWSTDO\/XYC\/\d\d\/99999 \(21 characters/) } } })
    expect(await owner.invoke('settings.update', { invoice_prefix: 'gl' })).toMatchObject({ ok: false, error: { fields: { invoice_prefix: 'Use 1 to 3 capital letters or digits.' } } })
    expect(await owner.invoke('settings.update', { invoice_prefix: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await must(owner, 'settings.get', {})).invoice_prefix).toBe('GLW')
    expect(await post()).toBe('GLW-26-0001')
    await core.close()
  })

  it('a prefix saved before the rule still opens and posts, and the owner is told the problem and the fix until it is changed', async () => {
    const { core, path, key } = await shop()
    core.store.db.sqlite.prepare(`UPDATE settings SET invoice_prefix = 'GLOWSTDO'`).run()
    await core.close()
    const reopened = await openTestCore({ path, key })
    const owner = reopened.core.connect()
    const ownerId = reopened.core.store.users.list().find((user) => user.role === 'owner')?.id as string
    await must(owner, 'session.login', { user_id: ownerId, pin: PINS.owner })
    expect((await must(owner, 'bills.post', { customer_name: 'Guest', items: [haircut] })).invoice_number).toBe('GLOWSTDO-26-0001')
    expect(await must(owner, 'audit.notices', {})).toEqual([
      { id: 'invoice-prefix', at: expect.any(String), kind: 'invoice_prefix_too_long', user_id: null, user_name: null, invoice_prefix: 'GLOWSTDO' },
    ])
    // The rest of the settings still save; the prefix stays until the owner changes it.
    expect(await must(owner, 'settings.update', { idle_lock_minutes: 15 })).toMatchObject({ invoice_prefix: 'GLOWSTDO', idle_lock_minutes: 15 })
    await must(owner, 'settings.update', { invoice_prefix: 'GLW' })
    expect(await must(owner, 'audit.notices', {})).toEqual([])
    expect((await must(owner, 'bills.post', { customer_name: 'Guest', items: [haircut] })).invoice_number).toBe('GLW-26-0002')
    await reopened.core.close()
  })
})
