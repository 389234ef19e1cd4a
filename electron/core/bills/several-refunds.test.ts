import { describe, expect, it } from 'vitest'
import { findProblems } from '../../../db/check/invariants'
import type { BillItemRow, BillRow } from '../../../db/bills/bills.table'
import { must, openTestCore, salonWithUsers } from '../../../test/helpers/core'

const haircut = { name: 'Haircut', unit_price: 50_000, quantity: 1 }
const spa = { name: 'Hair spa', unit_price: 30_000, quantity: 1 }

/**
 * A refund of `saleId` as another desk would have written it while offline (SYNC.md, "Two refunds
 * of one sale"): its own id, number and desk, these lines of the sale, through the one writer.
 */
function refundFromAnotherDesk(opened: Awaited<ReturnType<typeof openTestCore>>, saleId: string, id: string, number: string, lineNos: number[]) {
  const { core } = opened
  const { sqlite } = core.store.db
  const sale = sqlite.prepare(`SELECT * FROM bills WHERE id = ?`).get(saleId) as BillRow
  const lines = (sqlite.prepare(`SELECT * FROM bill_items WHERE bill_id = ? ORDER BY line_no`).all(saleId) as Record<string, unknown>[]).filter((line) => lineNos.includes(line.line_no as number))
  const subtotal = lines.reduce((sum, line) => sum + (line.line_total as number), 0)
  const writes = core.store.writes
  writes.transact(null, () => {
    writes.writer.insert('bills', {
      ...sale,
      id,
      invoice_number: number,
      kind: 'refund',
      original_bill_id: sale.id,
      customer_phone: null,
      customer_phone_bidx: null,
      subtotal,
      discount: 0,
      gst_rate_bp: 0,
      cgst: 0,
      sgst: 0,
      total: subtotal,
      rounded_total: subtotal,
      rounding_adjustment: 0,
      refund_reason: 'Refunded at the other counter',
      posted_at: opened.clock().toISOString(),
      desk: 'B',
    })
    lines.forEach((line, index) => writes.writer.insert('bill_items', { ...(line as unknown as BillItemRow), bill_id: id, line_no: index + 1, gst_rate_bp: 0, discount: 0 }))
    writes.writer.insert('bill_tax_rates', { bill_id: id, gst_rate_bp: 0, taxable_value: subtotal, cgst: 0, sgst: 0 })
    writes.writer.insert('bill_payments', { bill_id: id, line_no: 1, method: 'cash', amount: subtotal })
  })
}

const refundChecks = (core: Awaited<ReturnType<typeof openTestCore>>['core']) => findProblems(core.store.db.sqlite).filter((problem) => problem.check.startsWith('refunds'))

describe('several refunds of one sale', () => {
  it('this desk refunds a sale once (CONFLICT after, the check in code now that no index holds it); a refund from another desk shows beside it', async () => {
    const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
    const { core } = opened
    const { owner, receptionist } = await salonWithUsers(core)
    const sale = await must(receptionist, 'bills.post', { customer_name: 'Walk-in', items: [haircut] })
    expect(sale).toMatchObject({ status: 'posted', refund_bill_id: null, refund_bill_ids: [] })
    const refund = await must(owner, 'bills.refund', { bill_id: sale.id, reason: 'Unhappy' })
    expect(await must(owner, 'bills.get', { id: sale.id })).toMatchObject({ status: 'refunded', refund_bill_id: refund.id, refund_bill_ids: [refund.id] })
    expect(await owner.invoke('bills.refund', { bill_id: sale.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(refund.invoice_number) } })
    expect(core.store.db.sqlite.prepare(`SELECT count(*) FROM bills WHERE original_bill_id = ?`).pluck().get(sale.id)).toBe(1)
    expect(findProblems(core.store.db.sqlite)).toEqual([])

    // Desk B refunded the same sale while offline: both are tax documents; the record lists both,
    // `refund_bill_id` stays the first, and check-db reports the sale paid back twice.
    opened.clock.advance(60_000)
    refundFromAnotherDesk(opened, sale.id, '01ARZ3NDEKTSV4RRFFQ69G5FK0', 'SAL/BC/26/00001', [1])
    expect(await must(owner, 'bills.get', { id: sale.id })).toMatchObject({ status: 'refunded', refund_bill_id: refund.id, refund_bill_ids: [refund.id, '01ARZ3NDEKTSV4RRFFQ69G5FK0'] })
    expect(await must(owner, 'bills.get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FK0' })).toMatchObject({ kind: 'refund', original_bill_id: sale.id })
    expect(await owner.invoke('bills.refund', { bill_id: sale.id, reason: 'third' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(refundChecks(core)).toEqual([{ check: 'refunds of a sale', detail: expect.stringContaining(`sale ${sale.id}: 2 refunds pay back`) }])
    await core.close()
  })

  it('check-db accepts two refunds of one sale that together pay back no more than it took, and the desk refuses a whole refund after a part', async () => {
    const opened = await openTestCore({ start: '2026-11-24T06:00:00.000Z' })
    const { core } = opened
    const { owner, receptionist } = await salonWithUsers(core)
    await must(owner, 'settings.update', { gst_registered: false })
    const sale = await must(receptionist, 'bills.post', { customer_name: 'Walk-in', items: [haircut, spa] })
    expect(sale.rounded_total).toBe(80_000)
    refundFromAnotherDesk(opened, sale.id, '01ARZ3NDEKTSV4RRFFQ69G5FK1', 'SAL/BC/26/00001', [1])
    expect(await owner.invoke('bills.refund', { bill_id: sale.id, reason: 'whole' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('in part') } })
    refundFromAnotherDesk(opened, sale.id, '01ARZ3NDEKTSV4RRFFQ69G5FK2', 'SAL/BC/26/00002', [2])
    expect((await must(owner, 'bills.get', { id: sale.id })).refund_bill_ids).toEqual(['01ARZ3NDEKTSV4RRFFQ69G5FK1', '01ARZ3NDEKTSV4RRFFQ69G5FK2'])
    expect(refundChecks(core)).toEqual([])
    // A third pays back more than the sale took.
    refundFromAnotherDesk(opened, sale.id, '01ARZ3NDEKTSV4RRFFQ69G5FK3', 'SAL/BC/26/00003', [2])
    expect(refundChecks(core)).toEqual([{ check: 'refunds of a sale', detail: `sale ${sale.id}: 3 refunds pay back 110000 paise of 80000` }])
    await core.close()
  })
})
