import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { computeBill, settlePayments } from './bill-math'

const gst5 = { gst_registered: true, gst_rate_bp: 500 }
const noGst = { gst_registered: false, gst_rate_bp: 500 }
const line = (unit_price: number, quantity = 1, name = 'Service') => ({ name, unit_price, quantity })

function fieldsOf(work: () => unknown): Record<string, string> {
  try {
    work()
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') return error.fields ?? {}
    throw error
  }
  throw new Error('expected a VALIDATION error')
}

describe('bill arithmetic (integer paise)', () => {
  it.each([
    // [case, items, discount, tax, subtotal, cgst, sgst, total, rounded, adjustment]
    ['haircut at 5% GST', [line(50_000)], 0, gst5, 50_000, 1_250, 1_250, 52_500, 52_500, 0],
    ['two lines and a quantity', [line(40_000), line(15_000, 2)], 0, gst5, 70_000, 1_750, 1_750, 73_500, 73_500, 0],
    ['discount before tax', [line(100_000)], 10_000, gst5, 100_000, 2_250, 2_250, 94_500, 94_500, 0],
    ['not GST-registered: no tax', [line(99_949)], 0, noGst, 99_949, 0, 0, 99_949, 99_900, -49],
    ['rounds .49 down', [line(10_049)], 0, noGst, 10_049, 0, 0, 10_049, 10_000, -49],
    ['rounds .50 up', [line(10_050)], 0, noGst, 10_050, 0, 0, 10_050, 10_100, 50],
    ['rounds .51 up', [line(10_051)], 0, noGst, 10_051, 0, 0, 10_051, 10_100, 49],
    // 2.5% of ₹333.33 = 833.325 paise → 833 each (half up on the paisa), total 34,999 → ₹350
    ['tax rounds to the paisa', [line(33_333)], 0, gst5, 33_333, 833, 833, 34_999, 35_000, 1],
    // 2.5% of 30 paise = 0.75 → 1 paisa each
    ['half-up tax on tiny amounts', [line(30)], 0, gst5, 30, 1, 1, 32, 0, -32],
    ['18% slab', [line(10_000)], 0, { gst_registered: true, gst_rate_bp: 1800 }, 10_000, 900, 900, 11_800, 11_800, 0],
    ['free service', [line(0)], 0, gst5, 0, 0, 0, 0, 0, 0],
    ['discount of everything', [line(25_000)], 25_000, gst5, 25_000, 0, 0, 0, 0, 0],
  ] as const)('%s', (_name, items, discount, tax, subtotal, cgst, sgst, total, rounded, adjustment) => {
    const bill = computeBill(items, discount, tax)
    expect(bill).toMatchObject({ subtotal, cgst, sgst, total, rounded_total: rounded, rounding_adjustment: adjustment })
    expect(bill.total).toBe(bill.subtotal - bill.discount + bill.cgst + bill.sgst)
    expect(bill.rounded_total % 100).toBe(0)
  })

  it('computes huge bills exactly (no floating point)', () => {
    const bill = computeBill([line(1_000_000_000, 9)], 0, { gst_registered: true, gst_rate_bp: 2800 })
    expect(bill.subtotal).toBe(9_000_000_000)
    expect(bill.cgst).toBe(1_260_000_000)
    expect(Number.isSafeInteger(bill.total)).toBe(true)
  })

  it('refuses empty bills, discounts above the subtotal and absurd totals', () => {
    expect(fieldsOf(() => computeBill([], 0, gst5))).toHaveProperty('items')
    expect(fieldsOf(() => computeBill([line(1_000)], 1_001, gst5))).toHaveProperty('discount')
    expect(fieldsOf(() => computeBill([line(1_000_000_000, 99), line(1_000_000_000, 99)], 0, gst5))).toHaveProperty('items')
  })
})

describe('payments', () => {
  it('defaults to one cash payment of the rounded total', () => {
    expect(settlePayments(undefined, 52_500)).toEqual([{ method: 'cash', amount: 52_500 }])
    expect(settlePayments([], 0)).toEqual([])
  })

  it('accepts a split that adds up', () => {
    const split = [
      { method: 'upi', amount: 50_000 },
      { method: 'cash', amount: 2_500 },
    ] as const
    expect(settlePayments([...split], 52_500)).toEqual(split)
  })

  it('refuses payments that do not add up, or of zero', () => {
    expect(fieldsOf(() => settlePayments([{ method: 'card', amount: 52_400 }], 52_500)).payments).toMatch(/₹524\.00.*₹525\.00/)
    expect(fieldsOf(() => settlePayments([{ method: 'card', amount: 52_500 }, { method: 'cash', amount: 0 }], 52_500))).toHaveProperty('payments.1.amount')
  })
})
