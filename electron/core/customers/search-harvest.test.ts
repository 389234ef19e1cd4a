import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'
import type { Result } from '../contract'
import { SEARCH_BURST, SEARCH_PAUSE_MS, SEARCHES_PER_SECOND } from './search-pace'

/**
 * Issue 13 item 4: a receptionist's session ran 10,000 last-4 searches in 1.2 s and collected
 * every customer's full phone and spend, with no audit entry. Against the real core: searches are
 * audited (buffered), lists carry masked phones, and a harvest is paused and told to the owner.
 */

const PRIYA = { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' }
const SEARCH_ACTIONS = ['customers.search_name', 'customers.search_last4', 'customers.search_phone', 'customers.search_digits']

type AuditRow = { id: string; at: string; user_id: string | null; action: string; target_id: string | null; customer_id: string | null; outcome: string }

async function salonWithPriya() {
  const opened = await openTestCore()
  const desks = await salonWithUsers(opened.core)
  const priya = await must(desks.owner, 'customers.create', PRIYA)
  await must(desks.owner, 'customers.create', { first_name: 'Rahul', last_name: 'Verma', phone: '91234 50000' })
  return { ...opened, ...desks, priya }
}

describe('searches are audited', () => {
  it('each search leaves an entry once the buffer flushes: how the query was read and how many it showed, never the digits or the name typed', async () => {
    const { core, receptionist, owner, ids } = await salonWithPriya()
    const searchRows = () => core.store.db.sqlite.prepare(`SELECT * FROM audit_log WHERE action LIKE 'customers.search%' ORDER BY id`).all() as AuditRow[]

    await must(receptionist, 'customers.search', { query: '3210' })
    await must(receptionist, 'customers.search', { query: 'Priya' })
    await must(receptionist, 'customers.search', { query: '+91 98765 43210' })
    await must(receptionist, 'customers.search', { query: '98765' })
    await must(receptionist, 'customers.search', { query: 'Nobody' })
    // Buffered as reads are: nothing is written while the searches are answered (the flush is a timer away).
    expect(searchRows()).toEqual([])

    // The owner's audit log flushes what is pending before it reads.
    const listed = (await must(owner, 'audit.list', { group: 'customers', limit: 50 })).items.filter((entry) => entry.action.startsWith('customers.search'))
    expect(listed.map((entry) => [entry.action, entry.target_id, entry.target, entry.user_id]).reverse()).toEqual([
      ['customers.search_last4', 'results:1', '1 shown', ids.receptionist],
      ['customers.search_name', 'results:1', '1 shown', ids.receptionist],
      ['customers.search_phone', 'results:1', '1 shown', ids.receptionist],
      ['customers.search_digits', 'results:0', 'nobody shown', ids.receptionist],
      ['customers.search_name', 'results:0', 'nobody shown', ids.receptionist],
    ])

    const rows = searchRows()
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      expect(SEARCH_ACTIONS).toContain(row.action)
      expect(row.target_id).toMatch(/^results:\d+$/)
      expect(row.customer_id).toBeNull()
      expect(row.outcome).toBe('ok')
      // Whatever was typed (digits or a name) and the phone found appear nowhere in the entry.
      const written = JSON.stringify({ action: row.action, target_id: row.target_id, at: row.at })
      for (const trace of ['3210', '98765', '43210', '919876543210', 'Priya', 'priya', 'Sharma', 'Nobody']) expect(written).not.toContain(trace)
    }
    await core.close()
  })
})

describe('lists of customers carry masked phones', () => {
  it('search results show the last 4 digits only, for every role that may search; the customer page has the whole number and opening it is audited', async () => {
    const { core, receptionist, owner, ids, priya } = await salonWithPriya()
    for (const desk of [receptionist, owner]) {
      for (const query of ['3210', 'priya', '98765 43210']) {
        const [found] = await must(desk, 'customers.search', { query })
        expect(found).toMatchObject({ id: priya.id, full_name: 'Priya Sharma', phone_masked: '+91 ••••• •3210' })
        expect(found).not.toHaveProperty('phone')
        expect(JSON.stringify(found)).not.toMatch(/98765|9876543210|43210/)
      }
    }

    const page = await must(receptionist, 'customers.get', { id: priya.id })
    expect(page).toMatchObject({ phone: '+919876543210', phone_masked: '+91 ••••• •3210' })
    const reads = (await must(owner, 'audit.list', { customer_id: priya.id, limit: 50 })).items.filter((entry) => entry.action === 'customer.read')
    expect(reads).toEqual([expect.objectContaining({ user_id: ids.receptionist, customer_id: priya.id, outcome: 'ok' })])

    // The deleted list masks too; the owner's lists to call from keep the whole number.
    const rahul = (await must(owner, 'customers.search', { query: 'Rahul' }))[0]
    await must(owner, 'customers.delete', { id: rahul?.id as string })
    expect(await must(owner, 'customers.listDeleted', {})).toEqual([expect.objectContaining({ full_name: 'Rahul Verma', phone_masked: '+91 ••••• •0000' })])
    expect(JSON.stringify(await must(owner, 'customers.listDeleted', {}))).not.toContain('9123450000')
    expect((await must(owner, 'analytics.topCustomers', {})).find((entry) => entry.id === priya.id)).toMatchObject({ phone: '+919876543210' })
    await core.close()
  })
})

describe('a session searching far faster than a person can', () => {
  it('a scripted harvest of last-4 searches is paused after the burst, recorded once, and the owner is told', async () => {
    const { core, clock, receptionist, owner, ids } = await salonWithPriya()
    const answers: Result<unknown>[] = []
    // As fast as the core answers: the clock never moves.
    for (let i = 0; i < 2000; i++) answers.push(await receptionist.invoke('customers.search', { query: String(i).padStart(4, '0') }))

    expect(answers.slice(0, SEARCH_BURST).every((answer) => answer.ok)).toBe(true)
    const refused = answers.slice(SEARCH_BURST)
    expect(refused).toHaveLength(2000 - SEARCH_BURST)
    for (const answer of refused) {
      expect(answer).toEqual({
        ok: false,
        error: { code: 'RATE_LIMITED', message: expect.stringContaining('paused for 30 seconds') as string, retry_after_seconds: SEARCH_PAUSE_MS / 1000 },
      })
    }

    const entries = (await must(owner, 'audit.list', { limit: 500 })).items
    expect(entries.filter((entry) => entry.action.startsWith('customers.search_') && entry.action !== 'customers.search_throttled')).toHaveLength(SEARCH_BURST)
    const pauses = entries.filter((entry) => entry.action === 'customers.search_throttled')
    expect(pauses).toEqual([expect.objectContaining({ user_id: ids.receptionist, outcome: 'denied', customer_id: null })])
    expect(await must(owner, 'audit.notices', {})).toEqual([expect.objectContaining({ id: pauses[0]?.id, kind: 'searches_paused', user_id: ids.receptionist, user_name: 'Ravi' })])

    // A search shows at most the counter's 20: a bigger page would only speed a harvest.
    expect(await owner.invoke('customers.search', { query: 'a', limit: 100 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { limit: 'At most 20.' } } })

    // The pause is the receptionist's alone: the owner at another window searches as before.
    expect(await must(owner, 'customers.search', { query: '3210' })).toHaveLength(1)
    // Another window or a fresh login of the same user is the same person searching.
    const again = core.connect()
    await must(again, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    expect(await again.invoke('customers.search', { query: '3210' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })

    // After the pause (the injected clock), searching works again; a second burst pauses twice as long, and is one more entry.
    clock.advance(SEARCH_PAUSE_MS)
    expect(await must(receptionist, 'customers.search', { query: '3210' })).toHaveLength(1)
    for (let i = 0; i < 500; i++) await receptionist.invoke('customers.search', { query: String(i).padStart(4, '0') })
    expect(await receptionist.invoke('customers.search', { query: '3210' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retry_after_seconds: (2 * SEARCH_PAUSE_MS) / 1000 } })
    expect((await must(owner, 'audit.list', { limit: 500 })).items.filter((entry) => entry.action === 'customers.search_throttled')).toHaveLength(2)
    expect(await must(owner, 'audit.notices', {})).toHaveLength(2)

    // A week later the notices have aged out; the audit log keeps the entries.
    clock.advance(8 * 86_400_000)
    const nextWeek = core.connect()
    await must(nextWeek, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    expect(await must(nextWeek, 'audit.notices', {})).toEqual([])
    expect((await must(nextWeek, 'audit.list', { limit: 500 })).items.filter((entry) => entry.action === 'customers.search_throttled')).toHaveLength(2)
    await core.close()
  })

  it('a person typing, even fast and for a whole minute, is never paused', async () => {
    const { core, clock, receptionist, owner } = await salonWithPriya()
    const codes = new Set<string>()
    const search = async (query: string) => {
      const answer = await receptionist.invoke('customers.search', { query })
      codes.add(answer.ok ? 'ok' : answer.error.code)
    }
    // A key held down: about 30 repeats a second for three seconds.
    for (let i = 0; i < 90; i++) {
      clock.advance(33)
      await search('p'.repeat((i % 20) + 1))
    }
    // Then 10 searches a second, without a break, for a minute (no person keeps this up).
    const name = 'Priya Sharma'
    for (let i = 0; i < 600; i++) {
      clock.advance(100)
      await search(name.slice(0, (i % name.length) + 1))
    }
    expect(codes).toEqual(new Set(['ok']))
    expect(SEARCHES_PER_SECOND).toBeGreaterThan(10)
    expect((await must(owner, 'audit.list', { limit: 500 })).items.filter((entry) => entry.action === 'customers.search_throttled')).toEqual([])
    expect(await must(owner, 'audit.notices', {})).toEqual([])
    await core.close()
  })
})
