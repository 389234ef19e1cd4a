import { afterEach, describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { freshStore } from '../../test/helpers/store'
import type { Store } from '../store'

const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close()
})
async function store(start?: string) {
  const s = await freshStore(start)
  open.push(s)
  return s
}

function domainError(work: () => unknown): DomainError {
  try {
    work()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('customers: create and read', () => {
  it('creates a customer with normalised fields and derived defaults', async () => {
    const s = await store()
    const created = s.customers.create({
      first_name: '  Priya ',
      last_name: 'Sharma',
      phone: '098765 43210',
      email: ' Priya.Sharma@Example.COM ',
      date_of_birth: '1990-11-26',
      gender: 'female',
      notes: 'Prefers Sarah for haircuts.\nAllergic to certain products.',
    })
    expect(created).toMatchObject({
      first_name: 'Priya',
      last_name: 'Sharma',
      phone: '+919876543210',
      email: 'priya.sharma@example.com',
      date_of_birth: '1990-11-26',
      total_visits: 0,
      total_spent: 0,
      last_visit_at: null,
      deleted_at: null,
      created_at: '2026-11-24T05:00:00.000Z',
      updated_at: '2026-11-24T05:00:00.000Z',
      unreadable: [],
    })
    expect(created.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(s.customers.get(created.id)).toEqual(created)
  })

  it('collects one message per bad field and stores nothing', async () => {
    const s = await store()
    const error = domainError(() => s.customers.create({ first_name: ' ', phone: '12345', email: 'nope', date_of_birth: '2030-01-01' }))
    expect(error.code).toBe('VALIDATION')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['date_of_birth', 'email', 'first_name', 'phone'])
    expect(s.customers.search('nope')).toEqual([])
    expect(domainError(() => s.customers.create({ first_name: 'A', phone: '9876543210', date_of_birth: '2001-02-29' })).fields).toEqual({
      date_of_birth: 'That date does not exist.',
    })
  })

  it('finds a customer by phone in any common format, and never a deleted one', async () => {
    const s = await store()
    const priya = s.customers.create({ first_name: 'Priya', phone: '+91 98765 43210' })
    for (const format of ['9876543210', '098765 43210', '0091 98765 43210', '(+91) 98765-43210', '91-9876543210']) {
      expect(s.customers.findByPhone(format)?.id).toBe(priya.id)
    }
    expect(s.customers.findByPhone('9876543211')).toBeNull()
    expect(domainError(() => s.customers.findByPhone('12345')).fields).toHaveProperty('phone')
    s.customers.softDelete(priya.id)
    expect(s.customers.findByPhone('9876543210')).toBeNull()
  })
})

describe('customers: update with patch semantics', () => {
  it('leaves absent fields unchanged, clears null ones, and moves updated_at only', async () => {
    const s = await store()
    const c = s.customers.create({ first_name: 'Anita', last_name: 'Desai', phone: '9123456780', email: 'anita@example.com', notes: 'Likes tea' })
    s.clock.advance(60_000)
    const updated = s.customers.update(c.id, { notes: 'Prefers Sarah', email: null })
    expect(updated).toMatchObject({ first_name: 'Anita', last_name: 'Desai', phone: '+919123456780', email: null, notes: 'Prefers Sarah' })
    expect(updated.created_at).toBe(c.created_at)
    expect(updated.updated_at).toBe('2026-11-24T05:01:00.000Z')
    expect(domainError(() => s.customers.update(c.id, { first_name: null })).fields).toHaveProperty('first_name')
    expect(domainError(() => s.customers.update(c.id, { phone: null })).fields).toHaveProperty('phone')
    expect(domainError(() => s.customers.update('01JZZZZZZZZZZZZZZZZZZZZZZZ', { notes: 'x' })).code).toBe('NOT_FOUND')
  })

  it('changes the phone and keeps the blind indexes in step', async () => {
    const s = await store()
    const c = s.customers.create({ first_name: 'Ravi', phone: '9000000001' })
    s.customers.update(c.id, { phone: '9000000002' })
    expect(s.customers.findByPhone('9000000001')).toBeNull()
    expect(s.customers.findByPhone('9000000002')?.id).toBe(c.id)
    expect(s.customers.search('0002').map((x) => x.id)).toEqual([c.id])
    expect(s.customers.search('0001')).toEqual([])
  })
})

describe('customers: the phone is unique across deleted customers too', () => {
  it('refuses a phone held by a live customer, naming which', async () => {
    const s = await store()
    const first = s.customers.create({ first_name: 'Meera', phone: '9876500001' })
    const error = domainError(() => s.customers.create({ first_name: 'Other', phone: '+91 98765 00001' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.conflict).toEqual({ customer_id: first.id, deleted: false })
    const second = s.customers.create({ first_name: 'Second', phone: '9876500002' })
    expect(domainError(() => s.customers.update(second.id, { phone: '9876500001' })).code).toBe('CONFLICT')
    // Updating a customer to their own phone is not a conflict.
    expect(s.customers.update(first.id, { phone: '09876500001' }).phone).toBe('+919876500001')
  })

  it('says a deleted customer holding the phone can be restored', async () => {
    const s = await store()
    const old = s.customers.create({ first_name: 'Kavya', phone: '9876500003' })
    s.customers.softDelete(old.id)
    const error = domainError(() => s.customers.create({ first_name: 'Kavya', phone: '9876500003' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toMatch(/restore/)
    expect(error.message).not.toContain('9876500003')
    expect(error.conflict).toEqual({ customer_id: old.id, deleted: true })
  })
})

describe('customers: soft delete and restore', () => {
  it('hides a deleted customer from every read but listDeleted and restore', async () => {
    const s = await store()
    const c = s.customers.create({ first_name: 'Zoya', last_name: 'Khan', phone: '9811122233' })
    s.customers.softDelete(c.id)
    expect(domainError(() => s.customers.get(c.id)).code).toBe('NOT_FOUND')
    expect(s.customers.search('Zoya')).toEqual([])
    expect(s.customers.search('2233')).toEqual([])
    expect(s.customers.search('9811122233')).toEqual([])
    expect(s.customerAnalytics.topBySpend()).toEqual([])
    expect(s.customerAnalytics.notSeenSince('2030-01-01T00:00:00.000Z')).toEqual([])
    expect(domainError(() => s.customers.update(c.id, { notes: 'x' })).code).toBe('NOT_FOUND')
    expect(domainError(() => s.customers.softDelete(c.id)).code).toBe('NOT_FOUND')
    expect(s.customers.listDeleted().map((x) => x.id)).toEqual([c.id])

    const restored = s.customers.restore(c.id)
    expect(restored.deleted_at).toBeNull()
    expect(s.customers.search('zoya').map((x) => x.id)).toEqual([c.id])
    expect(s.customers.listDeleted()).toEqual([])
    expect(domainError(() => s.customers.restore(c.id)).code).toBe('NOT_FOUND')
  })
})

describe('customers: counter search', () => {
  async function salon() {
    const s = await store()
    const people = [
      ['Priya', 'Sharma', '9876543210'],
      ['Priyanka', 'Iyer', '9876500010'],
      ['Supriya', 'Nair', '9876500020'],
      ['Arjun', 'Priyadarshi', '9876500030'],
      ['Rahul', 'Verma', '9123403210'],
      ['Sneha', null, '9988776655'],
    ] as const
    const ids = new Map<string, string>()
    for (const [first, last, phone] of people) ids.set(first, s.customers.create({ first_name: first, last_name: last, phone }).id)
    return { s, ids }
  }

  it('ranks first-name prefixes, then last-name prefixes, then substrings', async () => {
    const { s } = await salon()
    expect(s.customers.search('priya').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun', 'Supriya'])
    expect(s.customers.search('PRI').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun', 'Supriya'])
    expect(s.customers.search('pr').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun'])
    expect(s.customers.search('arm').map((c) => c.first_name)).toEqual(['Priya'])
    expect(s.customers.search('zzz')).toEqual([])
  })

  it('matches several words in any order, best first', async () => {
    const { s } = await salon()
    expect(s.customers.search('priya sha').map((c) => c.first_name)).toEqual(['Priya'])
    expect(s.customers.search('sharma priya').map((c) => c.first_name)).toEqual(['Priya'])
    // Every word must appear; names where each word starts a name word rank first.
    expect(s.customers.search('pri s').map((c) => c.first_name)).toEqual(['Priya', 'Arjun', 'Supriya'])
  })

  it('finds by full phone in any format and by the last 4 digits', async () => {
    const { s, ids } = await salon()
    expect(s.customers.search('+91 98765-43210').map((c) => c.id)).toEqual([ids.get('Priya')])
    expect(s.customers.search('3210').map((c) => c.first_name)).toEqual(['Priya', 'Rahul'])
    expect(s.customers.search('98765')).toEqual([])
    expect(s.customers.search('  ')).toEqual([])
  })

  it('respects the limit and ignores wildcard characters', async () => {
    const { s } = await salon()
    expect(s.customers.search('priya', 2)).toHaveLength(2)
    expect(s.customers.search('%')).toEqual([])
    expect(s.customers.search('_')).toEqual([])
    expect(s.customers.search('"pri"').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun', 'Supriya'])
  })

  it('reads control and invisible characters in a query as separators, never as an error', async () => {
    const { s } = await salon()
    expect(s.customers.search('\u0000')).toEqual([])
    expect(s.customers.search('pri\u0000').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun', 'Supriya'])
    expect(s.customers.search('priya\u0000sha').map((c) => c.first_name)).toEqual(['Priya'])
    expect(s.customers.search('\u202Epriya\u200B').map((c) => c.first_name)).toEqual(['Priya', 'Priyanka', 'Arjun', 'Supriya'])
    expect(s.customers.search('sha\trma').map((c) => c.first_name)).toEqual(['Priya']) // two words, both in Sharma
  })

  it('follows a name change in the trigram index', async () => {
    const { s, ids } = await salon()
    s.customers.update(ids.get('Sneha') as string, { last_name: 'Kulkarni' })
    expect(s.customers.search('kulk').map((c) => c.first_name)).toEqual(['Sneha'])
    expect(s.customers.search('ulkar').map((c) => c.first_name)).toEqual(['Sneha'])
  })
})

describe('customers: dashboards', () => {
  it('lists top spenders and customers not seen since a cutoff', async () => {
    const s = await store('2026-01-01T05:00:00.000Z')
    const a = s.customers.create({ first_name: 'A', phone: '9000000011' })
    const b = s.customers.create({ first_name: 'B', phone: '9000000012' })
    s.clock.set('2026-11-20T05:00:00.000Z')
    const c = s.customers.create({ first_name: 'C', phone: '9000000013' }) // joined recently, never visited
    const set = (id: string, spent: number, lastVisit: string | null) =>
      s.db.sqlite.prepare('UPDATE customers SET total_spent = ?, total_visits = 1, last_visit_at = ? WHERE id = ?').run(spent, lastVisit, id)
    set(a.id, 250_000, '2026-11-01T05:00:00.000Z')
    set(b.id, 900_000, '2026-06-01T05:00:00.000Z')
    expect(s.customerAnalytics.topBySpend(2).map((x) => x.first_name)).toEqual(['B', 'A'])
    const cutoff = '2026-10-25T00:00:00.000Z'
    expect(s.customerAnalytics.notSeenSince(cutoff).map((x) => x.first_name)).toEqual(['B'])
    expect(s.customerAnalytics.notSeenSince('2026-11-21T00:00:00.000Z').map((x) => x.first_name)).toEqual(['C', 'A', 'B'])
    expect(c.total_visits).toBe(0)
  })
})

describe('customers: damaged ciphertexts', () => {
  it('reports an unreadable field and still loads the list', async () => {
    const s = await store()
    const good = s.customers.create({ first_name: 'Good', last_name: 'Row', phone: '9000000021', email: 'good@example.com' })
    const bad = s.customers.create({ first_name: 'Bad', last_name: 'Row', phone: '9000000022', email: 'bad@example.com' })
    // Copy one row's phone ciphertext onto another: it must not open there.
    s.db.sqlite.prepare('UPDATE customers SET phone = (SELECT phone FROM customers WHERE id = ?), email = x\'00\' WHERE id = ?').run(good.id, bad.id)
    const list = s.customers.search('row')
    expect(list.map((c) => c.first_name).sort()).toEqual(['Bad', 'Good'])
    const damaged = list.find((c) => c.id === bad.id)
    expect(damaged).toMatchObject({ phone: null, unreadable: ['phone'] })
    expect(s.customers.get(bad.id)).toMatchObject({ phone: null, email: null, unreadable: ['phone', 'email'] })
    expect(s.customers.get(good.id).unreadable).toEqual([])
  })
})
