import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BillRow } from '../../../db/bills/bills.table'
import { must, openTestCore, PINS, salonWithUsers } from '../../../test/helpers/core'

const haircut = { name: 'Haircut', unit_price: 100_000, quantity: 1 }

describe('the desk on bills, visits and day closes', () => {
  it('writes the desk’s code on every new row; once enrolled, tickets carry it and the desk closes its own drawer, once a day', async () => {
    const opened = await openTestCore({ start: '2026-11-24T05:00:00.000Z' })
    const { owner, receptionist, ids } = await salonWithUsers(opened.core)
    let core = opened.core
    const sale = await must(receptionist, 'bills.post', { customer_name: 'Walk-in', items: [haircut] })
    const walkin = await must(receptionist, 'walkins.create', { customer_name: 'Guest', service: 'Haircut' })
    expect(walkin.ticket_number).toBe('TKT-261124-001')
    await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Unhappy' })
    const rows = (sql: string) => core.store.db.sqlite.prepare(sql).all()
    expect(rows(`SELECT kind, desk FROM bills ORDER BY posted_at, kind DESC`)).toEqual([
      { kind: 'sale', desk: 'local' },
      { kind: 'refund', desk: 'local' },
    ])
    expect(rows(`SELECT desk FROM visits`)).toEqual([{ desk: 'local' }])
    await must(receptionist, 'days.close', { day: '2026-11-24', opening_float: 0, counted_cash: 0 })
    expect(rows(`SELECT business_day, desk FROM day_closes`)).toEqual([{ business_day: '2026-11-24', desk: 'local' }])
    await core.close()

    // The desk enrols as A (the server gives the code; written here by hand), and opens again the next day.
    const file = new Database(opened.path)
    file.prepare(`UPDATE sync_desk SET desk_code = 'A'`).run()
    file.close()
    opened.clock.set('2026-11-25T05:00:00.000Z')
    core = (await openTestCore({ path: opened.path, key: opened.key, start: '2026-11-25T05:00:00.000Z' })).core
    const counter = core.connect()
    await must(counter, 'session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    const next = await must(counter, 'walkins.create', { customer_name: 'Guest', service: 'Haircut' })
    expect(next.ticket_number).toBe('TKT-A-261125-001')
    await must(counter, 'bills.post', { customer_name: 'Walk-in', items: [haircut], payments: [{ method: 'cash', amount: 105_000 }] })
    expect(rows(`SELECT desk FROM visits ORDER BY created_at`)).toEqual([{ desk: 'local' }, { desk: 'A' }])
    expect(rows(`SELECT desk FROM bills ORDER BY posted_at DESC LIMIT 1`)).toEqual([{ desk: 'A' }])

    // A bill another desk posted today, synced in: counted in that desk's close, never in this one's.
    const writes = core.store.writes
    const mine = core.store.db.sqlite.prepare(`SELECT * FROM bills WHERE desk = 'A'`).get() as BillRow
    writes.transact(null, () => {
      writes.writer.insert('bills', { ...mine, id: '01ARZ3NDEKTSV4RRFFQ69G5FM0', invoice_number: 'SAL/B/26/00001', desk: 'B' })
      writes.writer.insert('bill_items', { bill_id: '01ARZ3NDEKTSV4RRFFQ69G5FM0', line_no: 1, name: 'Haircut', unit_price: 100_000, quantity: 1, line_total: 100_000, kind: 'service', menu_item_id: null, tax_code: null, gst_rate_bp: 500, discount: 0, stylist_id: null })
      writes.writer.insert('bill_payments', { bill_id: '01ARZ3NDEKTSV4RRFFQ69G5FM0', line_no: 1, method: 'cash', amount: 105_000 })
    })
    const takings = await must(counter, 'days.takings', {})
    expect(takings).toMatchObject({ business_day: '2026-11-25', sales_count: 1, sales_total: 105_000, cash_net: 105_000 })
    const closed = await must(counter, 'days.close', { day: '2026-11-25', opening_float: 0, counted_cash: 105_000 })
    expect(closed).toMatchObject({ business_day: '2026-11-25', sales_count: 1, expected_cash: 105_000 })
    expect(await counter.invoke('days.close', { day: '2026-11-25', opening_float: 0, counted_cash: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(rows(`SELECT business_day, desk FROM day_closes ORDER BY business_day`)).toEqual([
      { business_day: '2026-11-24', desk: 'local' },
      { business_day: '2026-11-25', desk: 'A' },
    ])
    await core.close()
  })
})
