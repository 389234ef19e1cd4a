import { describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

/** A salon on Tuesday 24 Nov 2026, 10:30 in Kolkata, its receptionist at the counter. */
async function salon(start = '2026-11-24T05:00:00.000Z') {
  const opened = await openTestCore({ start })
  const users = await salonWithUsers(opened.core)
  const { receptionist, owner, ids } = users
  const at = async (iso: string) => {
    opened.clock.set(iso)
    await must(receptionist, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    await must(owner, 'session.login', { user_id: ids.owner, pin: PINS.owner })
  }
  // ₹1,000 + 5% GST = ₹1,050, paid as asked.
  const sale = (payments?: { method: 'cash' | 'upi' | 'card' | 'other'; amount: number }[]) =>
    must(receptionist, 'bills.post', { customer_name: 'Walk-in', items: [{ name: 'Haircut', unit_price: 100_000, quantity: 1 }], ...(payments ? { payments } : {}) })
  return { ...opened, ...users, at, sale }
}

describe('closing the day', () => {
  it('adds the takings by payment method; expected cash is the float plus cash sales less cash refunds; a difference needs its reason', async () => {
    const { core, receptionist, owner, sale } = await salon()
    await sale()
    await sale([{ method: 'upi', amount: 105_000 }])
    const refunded = await sale([{ method: 'cash', amount: 55_000 }, { method: 'card', amount: 50_000 }])
    await must(owner, 'bills.refund', { bill_id: refunded.id, reason: 'Unhappy with the cut' })

    const takings = await must(receptionist, 'days.takings', {})
    expect(takings).toMatchObject({ business_day: '2026-11-24', covers_from: null, sales_count: 3, refunds_count: 1, sales_total: 315_000, refunds_total: 105_000, net: 210_000, cash_net: 105_000, blocker: null })
    expect(takings.by_method).toEqual([
      { method: 'cash', sales: 160_000, refunds: 55_000, net: 105_000 },
      { method: 'upi', sales: 105_000, refunds: 0, net: 105_000 },
      { method: 'card', sales: 50_000, refunds: 50_000, net: 0 },
      { method: 'other', sales: 0, refunds: 0, net: 0 },
    ])

    const short = await receptionist.invoke('days.close', { day: '2026-11-24', opening_float: 200_000, counted_cash: 300_000 })
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.any(String) } } })
    const closed = await must(receptionist, 'days.close', {
      day: '2026-11-24',
      opening_float: 200_000,
      denominations: { '500': 5, '200': 2, '100': 1, '50': 1 }, // ₹3,050
      reason: 'Gave ₹50 change from the tip jar',
    })
    expect(closed).toMatchObject({ business_day: '2026-11-24', opening_float: 200_000, expected_cash: 305_000, counted_cash: 305_000, difference: 0, reason: null, closed_by_name: 'Ravi' })
    expect(closed.denominations).toEqual({ '500': 5, '200': 2, '100': 1, '50': 1 })
    expect(await must(receptionist, 'days.get', { id: closed.id })).toEqual(closed)
    expect(await receptionist.invoke('days.close', { day: '2026-11-24', opening_float: 0, counted_cash: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // Nobody edits a closed day, not even with SQL.
    expect(() => core.store.db.sqlite.prepare(`UPDATE day_closes SET counted_cash = 0, difference = -305000, reason = 'x'`).run()).toThrow(/cannot be changed/)
    await core.close()
  })

  it('a bill posted after the close belongs to the next day’s close; a day left open is flagged the next morning and closed to its own end', async () => {
    const { core, receptionist, at, sale } = await salon()
    await sale()
    await at('2026-11-24T15:30:00.000Z') // 21:00
    await must(receptionist, 'days.close', { day: '2026-11-24', opening_float: 0, counted_cash: 105_000 })
    await at('2026-11-24T17:00:00.000Z') // 22:30, after the close
    await sale()
    await at('2026-11-25T06:00:00.000Z') // Wednesday
    await sale()
    expect(await must(receptionist, 'days.status', {})).toEqual({ today: '2026-11-25', last_closed_day: '2026-11-24', today_closed: false, unclosed_days: [] })
    // Nobody closes Wednesday; Thursday morning the counter is told.
    await at('2026-11-26T04:00:00.000Z')
    await sale()
    expect(await must(receptionist, 'days.status', {})).toMatchObject({ today: '2026-11-26', unclosed_days: ['2026-11-25'] })
    expect(await must(receptionist, 'days.takings', {})).toMatchObject({ blocker: expect.stringMatching(/^Wednesday, 25 Nov has bills that are not closed yet/) })
    expect(await receptionist.invoke('days.close', { day: '2026-11-26', opening_float: 0, counted_cash: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // Closing Wednesday takes Tuesday's late bill and Wednesday's, up to the end of Wednesday only.
    const wednesday = await must(receptionist, 'days.close', { day: '2026-11-25', opening_float: 0, counted_cash: 210_000 })
    expect(wednesday).toMatchObject({ sales_count: 2, covers_from: '2026-11-24T21:00:00+05:30', covers_until: '2026-11-25T23:59:59+05:30', expected_cash: 210_000 })
    expect(await must(receptionist, 'days.takings', {})).toMatchObject({ business_day: '2026-11-26', sales_count: 1, blocker: null })
    expect(await receptionist.invoke('days.close', { day: '2026-11-27', opening_float: 0, counted_cash: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await must(receptionist, 'days.list', {})).items.map((close) => close.business_day)).toEqual(['2026-11-25', '2026-11-24'])
    await core.close()
  })

  it('the first close ever covers all the history before it; only the day before is flagged', async () => {
    const { core, receptionist, at, sale } = await salon('2026-11-20T05:00:00.000Z')
    await sale()
    await at('2026-11-23T05:00:00.000Z')
    await sale()
    await at('2026-11-24T05:00:00.000Z')
    expect(await must(receptionist, 'days.status', {})).toMatchObject({ unclosed_days: ['2026-11-23'], last_closed_day: null })
    const monday = await must(receptionist, 'days.close', { day: '2026-11-23', opening_float: 0, counted_cash: 210_000 })
    expect(monday).toMatchObject({ covers_from: null, sales_count: 2 })
    expect(await must(receptionist, 'days.status', {})).toMatchObject({ unclosed_days: [], last_closed_day: '2026-11-23' })
    await core.close()
  })
})
