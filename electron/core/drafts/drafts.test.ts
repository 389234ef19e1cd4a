import { describe, expect, it } from 'vitest'
import { must, openTestCore, salonWithUsers } from '../../../test/helpers/core'
import { rawDatabaseBytes } from '../../../test/helpers/temp'

async function salon() {
  const opened = await openTestCore()
  const users = await salonWithUsers(opened.core)
  const priya = await must(users.receptionist, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  return { ...opened, ...users, priya }
}

const customerForm = JSON.stringify({ first_name: 'Kabir', phone: '98450 11111', email: 'kabir.secret@example.in', date_of_birth: '1990-04-12' })

describe('drafts: unfinished work kept per user until posted, saved or discarded', () => {
  it('gives a draft back only to the user who typed it, newest first, and replaces it under the same key', async () => {
    const { core, owner, receptionist, staff, priya } = await salon()
    await must(receptionist, 'drafts.save', { key: 'customer:new', data: customerForm })
    await must(receptionist, 'drafts.save', { key: `bill:${priya.id}`, customer_id: priya.id, data: '{"items":[{"name":"Haircut","price":"650"}]}' })
    await must(receptionist, 'drafts.save', { key: `bill:${priya.id}`, customer_id: priya.id, data: '{"items":[{"name":"Haircut","price":"700"}]}' })
    const mine = await must(receptionist, 'drafts.list', {})
    expect(mine.map((draft) => draft.key)).toEqual([`bill:${priya.id}`, 'customer:new'])
    expect(mine[0]).toMatchObject({ customer_id: priya.id, data: '{"items":[{"name":"Haircut","price":"700"}]}', updated_at: '2026-11-24T10:30:00+05:30' })
    // Another user (the owner at the same desk after a lock) sees none of them; staff may not ask.
    expect(await must(owner, 'drafts.list', {})).toEqual([])
    expect(await staff.invoke('drafts.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await staff.invoke('drafts.save', { key: 'bill:new', data: '{}' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // Discarding another user's key touches nothing of the receptionist's.
    await must(owner, 'drafts.discard', { key: 'customer:new' })
    expect(await must(receptionist, 'drafts.list', {})).toHaveLength(2)
    await must(receptionist, 'drafts.discard', { key: 'customer:new' })
    expect((await must(receptionist, 'drafts.list', {})).map((draft) => draft.key)).toEqual([`bill:${priya.id}`])
    await core.close()
  })

  it('keeps a customer form draft sealed: no phone, email or birthday in the file, and a payload moved to another row does not open', async () => {
    const { core, path, owner, receptionist } = await salon()
    await must(receptionist, 'drafts.save', { key: 'customer:new', data: customerForm })
    await must(owner, 'drafts.save', { key: 'customer:new', data: '{"first_name":"Other"}' })
    const bytes = rawDatabaseBytes(path)
    for (const secret of ['98450 11111', 'kabir.secret@example.in', '1990-04-12']) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false)
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false)
    }
    // Copy the receptionist's ciphertext onto the owner's row: it is refused, not handed over.
    const rows = core.store.db.sqlite.prepare('SELECT id, user_id, payload FROM drafts ORDER BY user_id').all() as { id: string; user_id: string; payload: Buffer }[]
    const [first, second] = rows
    if (!first || !second) throw new Error('two drafts were expected')
    core.store.db.sqlite.prepare('UPDATE drafts SET payload = ? WHERE id = ?').run(first.payload, second.id)
    const seen = [...(await must(owner, 'drafts.list', {})), ...(await must(receptionist, 'drafts.list', {}))]
    expect(seen).toHaveLength(1)
    await core.close()
  })

  it('ends a draft in the same transaction as the bill or customer it became, and only the caller’s', async () => {
    const { core, owner, receptionist, priya } = await salon()
    const key = `bill:${priya.id}`
    await must(receptionist, 'drafts.save', { key, customer_id: priya.id, data: '{}' })
    await must(owner, 'drafts.save', { key, customer_id: priya.id, data: '{}' })
    // A refused post keeps the draft.
    expect(await receptionist.invoke('bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 65_000, quantity: 1 }], payments: [{ method: 'cash', amount: 1 }], draft_key: key })).toMatchObject({ ok: false })
    expect(await must(receptionist, 'drafts.list', {})).toHaveLength(1)
    await must(receptionist, 'bills.post', { customer_id: priya.id, items: [{ name: 'Haircut', unit_price: 65_000, quantity: 1 }], draft_key: key })
    expect(await must(receptionist, 'drafts.list', {})).toEqual([])
    expect(await must(owner, 'drafts.list', {})).toHaveLength(1)

    await must(receptionist, 'drafts.save', { key: 'customer:new', data: customerForm })
    await must(receptionist, 'customers.create', { first_name: 'Kabir', phone: '98450 11111', draft_key: 'customer:new' })
    await must(receptionist, 'drafts.save', { key: `note:${priya.id}`, customer_id: priya.id, data: '"Prefers Sarah"' })
    await must(receptionist, 'customers.update', { id: priya.id, notes: 'Prefers Sarah', draft_key: `note:${priya.id}` })
    expect(await must(receptionist, 'drafts.list', {})).toEqual([])
    await core.close()
  })

  it('goes with the customer when they are erased, whoever typed it', async () => {
    const { core, owner, receptionist, priya } = await salon()
    await must(receptionist, 'drafts.save', { key: `note:${priya.id}`, customer_id: priya.id, data: '"Allergic to ammonia"' })
    await must(owner, 'drafts.save', { key: `bill:${priya.id}`, customer_id: priya.id, data: '{}' })
    await must(receptionist, 'drafts.save', { key: 'bill:new', data: '{}' })
    await must(owner, 'customers.erase', { id: priya.id, confirm: 'ERASE', basis: 'Asked in writing' })
    expect((await must(receptionist, 'drafts.list', {})).map((draft) => draft.key)).toEqual(['bill:new'])
    expect(await must(owner, 'drafts.list', {})).toEqual([])
    await core.close()
  })

  it('refuses a key it does not know the shape of, and a payload past the limit', async () => {
    const { core, receptionist } = await salon()
    expect(await receptionist.invoke('drafts.save', { key: '../etc', data: '{}' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await receptionist.invoke('drafts.save', { key: 'bill:new', data: 'x'.repeat(60_001) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })
})
