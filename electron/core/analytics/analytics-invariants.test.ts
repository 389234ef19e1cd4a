import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findProblems } from '../../../db/check/invariants'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

type Step =
  | { op: 'post'; who: number; amount: number; anonymous: boolean }
  | { op: 'refund'; pick: number }
  | { op: 'delete'; who: number }
  | { op: 'restore'; who: number }
  | { op: 'wait'; minutes: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('post' as const), who: fc.nat(3), amount: fc.integer({ min: 0, max: 500_000 }), anonymous: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('refund' as const), pick: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), who: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), who: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 60 * 24 * 20 }) }) },
)

describe('customer analytics stay true', () => {
  it('under random sequences of posts, refunds, deletes and restores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const { core, clock } = await openTestCore({ start: '2026-01-01T05:00:00.000Z' })
        try {
          const { owner, ids } = await salonWithUsers(core)
          const people = []
          for (let i = 0; i < 4; i++) people.push(await must(owner, 'customers.create', { first_name: `P${i}`, phone: `90000000${10 + i}` }))
          const model = people.map(() => ({ spent: 0, visits: 0 }))
          const deleted = new Set<number>()
          const sales: { id: string; who: number | null; amount: number; refunded: boolean }[] = []

          for (const s of steps) {
            if (s.op === 'wait') {
              clock.advance(s.minutes * 60_000)
              await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
            } else if (s.op === 'post') {
              const items = [{ name: 'Service', unit_price: s.amount, quantity: 1 }]
              const result = await owner.invoke('bills.post', s.anonymous ? { customer_name: 'Guest', items } : { customer_id: people[s.who]?.id, items })
              if (!s.anonymous && deleted.has(s.who)) {
                expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
                continue
              }
              if (!result.ok) throw new Error(result.error.message)
              sales.push({ id: result.value.id, who: s.anonymous ? null : s.who, amount: result.value.rounded_total, refunded: false })
              if (!s.anonymous) {
                const m = model[s.who] as { spent: number; visits: number }
                m.spent += result.value.rounded_total
                m.visits += 1
              }
            } else if (s.op === 'refund') {
              const sale = sales[s.pick % Math.max(sales.length, 1)]
              if (!sale) continue
              const result = await owner.invoke('bills.refund', { bill_id: sale.id, reason: 'test' })
              if (sale.refunded) expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
              else {
                expect(result.ok).toBe(true)
                sale.refunded = true
                if (sale.who !== null) (model[sale.who] as { spent: number }).spent -= sale.amount
              }
            } else if (s.op === 'delete') {
              const result = await owner.invoke('customers.delete', { id: people[s.who]?.id as string })
              expect(result.ok).toBe(!deleted.has(s.who))
              deleted.add(s.who)
            } else {
              const result = await owner.invoke('customers.restore', { id: people[s.who]?.id as string })
              expect(result.ok).toBe(deleted.has(s.who))
              deleted.delete(s.who)
            }
          }

          expect(findProblems(core.store.db.sqlite)).toEqual([])
          for (const [i, person] of people.entries()) {
            const row = core.store.db.sqlite.prepare('SELECT total_spent, total_visits FROM customers WHERE id = ?').get(person.id)
            expect(row).toEqual({ total_spent: model[i]?.spent, total_visits: model[i]?.visits })
          }
          const months = await must(owner, 'analytics.monthly', { months: 24 })
          const revenue = sales.reduce((sum, sale) => sum + (sale.refunded ? 0 : sale.amount), 0)
          expect(months.reduce((sum, month) => sum + month.revenue, 0)).toBe(revenue)
          expect(months.reduce((sum, month) => sum + month.visits, 0)).toBe(sales.length)
        } finally {
          await core.close()
        }
      }),
      { numRuns: 40 },
    )
  })
})

describe('monthly figures', () => {
  it('count new and returning customers once per salon month', async () => {
    const { core, clock } = await openTestCore({ start: '2026-10-10T05:00:00.000Z' })
    const { owner, ids } = await salonWithUsers(core)
    const a = await must(owner, 'customers.create', { first_name: 'A', phone: '9000000101' })
    const b = await must(owner, 'customers.create', { first_name: 'B', phone: '9000000102' })
    const post = (id: string, amount = 100_000) => must(owner, 'bills.post', { customer_id: id, items: [{ name: 'S', unit_price: amount, quantity: 1 }] })
    await post(a.id)
    await post(a.id) // same month: still one new customer
    await must(owner, 'bills.post', { customer_name: 'Walk-in', items: [{ name: 'S', unit_price: 10_000, quantity: 1 }] })
    clock.set('2026-11-05T05:00:00.000Z')
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    await post(a.id) // returning in November
    await post(a.id)
    await post(b.id) // new in November
    const months = await must(owner, 'analytics.monthly', { months: 3 })
    expect(months).toEqual([
      { month: '2026-09', revenue: 0, visits: 0, new_customers: 0, returning_customers: 0 },
      { month: '2026-10', revenue: 210_000 + 10_500, visits: 3, new_customers: 1, returning_customers: 0 },
      { month: '2026-11', revenue: 315_000, visits: 3, new_customers: 1, returning_customers: 1 },
    ])
    await core.close()
  })

  it('compares this month so far with the same stretch of last month, not with all of it', async () => {
    // Kolkata is UTC+5:30: 5 Oct 00:30 there is 4 Oct 19:00 UTC.
    const { core, clock } = await openTestCore({ start: '2026-10-04T19:00:00.000Z' })
    const { owner, ids } = await salonWithUsers(core)
    const sale = (rupees: number) => must(owner, 'bills.post', { customer_name: 'Walk-in', items: [{ name: 'S', unit_price: rupees * 100, quantity: 1 }] })
    const at = async (iso: string) => {
      clock.set(iso)
      await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
    }
    await sale(1000) // 5 Oct: inside the first ten days of October
    await at('2026-10-10T12:00:00.000Z') // 10 Oct, 17:30
    const refunded = await sale(2000)
    await must(owner, 'bills.refund', { bill_id: refunded.id, reason: 'Test' })
    await at('2026-10-20T06:00:00.000Z') // 20 Oct: after the stretch compared
    await sale(4000)
    await at('2026-11-10T10:00:00.000Z') // 10 Nov, 15:30 in Kolkata
    await sale(500)
    const soFar = await must(owner, 'analytics.monthToDate', {})
    expect(soFar).toEqual({
      days: 10,
      current: { month: '2026-11', revenue: 52_500, visits: 1 },
      // 1 Oct 00:00 to 10 Oct 15:30 in Kolkata: the ₹1,050 sale, but not the ₹2,100 sale at 17:30 nor its refund, nor the 20th.
      previous: { month: '2026-10', until: '2026-10-10T15:30:00+05:30', revenue: 105_000, visits: 1 },
    })
    // Late in a longer month, last month's stretch ends with last month.
    await at('2026-12-31T12:00:00.000Z')
    expect((await must(owner, 'analytics.monthToDate', {})).previous).toMatchObject({ month: '2026-11', until: '2026-12-01T00:00:00+05:30', revenue: 52_500, visits: 1 })
    await core.close()
  })

  it('lists birthdays in the coming week, soonest first, 29 February on the 28th', async () => {
    const { core, clock } = await openTestCore({ start: '2027-02-24T05:00:00.000Z' })
    const { owner } = await salonWithUsers(core)
    for (const [name, dob, phone] of [
      ['Leap', '2000-02-29', '9000000201'],
      ['Today', '1990-02-24', '9000000202'],
      ['Later', '1985-03-05', '9000000203'],
      ['Soon', '1995-03-01', '9000000204'],
    ] as const) {
      await must(owner, 'customers.create', { first_name: name, phone, date_of_birth: dob })
    }
    const list = await must(owner, 'analytics.birthdays', {})
    expect(list.map((entry) => [entry.full_name, entry.birthday, entry.days_until])).toEqual([
      ['Today', '2027-02-24', 0],
      ['Leap', '2027-02-28', 4],
      ['Soon', '2027-03-01', 5],
    ])
    expect(list[0]).toMatchObject({ phone: '+919000000202', date_of_birth: '1990-02-24' })
    clock.advance(0)
    await core.close()
  })
})
