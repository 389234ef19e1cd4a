import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { computeBill, settlePayments, spreadDiscount } from './bill-math'

const gst5 = { collects_tax: true, gst_rate_bp: 500 }
const noGst = { collects_tax: false, gst_rate_bp: 500 }
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
    ['18% slab', [line(10_000)], 0, { collects_tax: true, gst_rate_bp: 1800 }, 10_000, 900, 900, 11_800, 11_800, 0],
    ['free service', [line(0)], 0, gst5, 0, 0, 0, 0, 0, 0],
    ['discount of everything', [line(25_000)], 25_000, gst5, 25_000, 0, 0, 0, 0, 0],
  ] as const)('%s', (_name, items, discount, tax, subtotal, cgst, sgst, total, rounded, adjustment) => {
    const bill = computeBill(items, discount, tax)
    expect(bill).toMatchObject({ subtotal, cgst, sgst, total, rounded_total: rounded, rounding_adjustment: adjustment })
    expect(bill.total).toBe(bill.subtotal - bill.discount + bill.cgst + bill.sgst)
    expect(bill.rounded_total % 100).toBe(0)
  })

  it('computes huge bills exactly (no floating point)', () => {
    const bill = computeBill([line(1_000_000_000, 9)], 0, { collects_tax: true, gst_rate_bp: 2800 })
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

describe('lines at their own rates (the menu)', () => {
  const service = (name: string, unit_price: number) => ({ name, unit_price, quantity: 1, kind: 'service' as const, tax_code: '999721' })
  const product = (name: string, unit_price: number, quantity: number) => ({ name, unit_price, quantity, kind: 'product' as const, tax_code: '33059011', gst_rate_bp: 1800 })
  const mixed = [service('Haircut', 60_000), service('Hair spa', 120_000), product('Argan shampoo', 45_000, 2)]

  it('taxes 5% services and 18% products per rate, the discount spread pro rata, to the paisa', () => {
    const bill = computeBill(mixed, 25_000, gst5)
    // Shares of ₹250: 60,000/270,000 → 5,555.5 → 5,555; 120,000 → 11,111.1 → 11,111 (+1 paisa left over: the largest line); 90,000 → 8,333.3 → 8,333.
    expect(bill.items.map((item) => [item.name, item.line_total, item.discount, item.gst_rate_bp, item.tax_code])).toEqual([
      ['Haircut', 60_000, 5_555, 500, '999721'],
      ['Hair spa', 120_000, 11_112, 500, '999721'],
      ['Argan shampoo', 90_000, 8_333, 1800, '33059011'],
    ])
    expect(bill.tax_rates).toEqual([
      // 2.5% of 163,333 = 4,083.325 → 4,083; 9% of 81,667 = 7,350.03 → 7,350
      { gst_rate_bp: 500, taxable_value: 163_333, cgst: 4_083, sgst: 4_083 },
      { gst_rate_bp: 1800, taxable_value: 81_667, cgst: 7_350, sgst: 7_350 },
    ])
    expect(bill).toMatchObject({ subtotal: 270_000, discount: 25_000, taxable_value: 245_000, gst_rate_bp: 500, cgst: 11_433, sgst: 11_433, total: 267_866, rounded_total: 267_900, rounding_adjustment: 34 })
  })

  it('a products-only bill carries the products’ rate; a bill of supply taxes nothing at one rate 0', () => {
    expect(computeBill([product('Serum', 99_900, 1)], 0, gst5)).toMatchObject({ gst_rate_bp: 1800, cgst: 8_991, sgst: 8_991, tax_rates: [{ gst_rate_bp: 1800, taxable_value: 99_900 }] })
    const supply = computeBill(mixed, 25_000, noGst)
    expect(supply.tax_rates).toEqual([{ gst_rate_bp: 0, taxable_value: 245_000, cgst: 0, sgst: 0 }])
    expect(supply).toMatchObject({ gst_rate_bp: 0, cgst: 0, sgst: 0, total: 245_000, rounded_total: 245_000 })
    expect(supply.items.every((item) => item.gst_rate_bp === 0)).toBe(true)
  })

  it('a single-rate bill computes exactly as before the menu', () => {
    const before = { subtotal: 170_000, discount: 10_000, cgst: 4_000, sgst: 4_000, total: 168_000, rounded_total: 168_000 }
    expect(computeBill([line(50_000), line(120_000)], 10_000, gst5)).toMatchObject({ ...before, gst_rate_bp: 500, tax_rates: [{ gst_rate_bp: 500, taxable_value: 160_000, cgst: 4_000, sgst: 4_000 }] })
  })

  it('spreads a discount deterministically, never more than a line’s own total', () => {
    expect(spreadDiscount([1, 1, 1], 2)).toEqual([1, 1, 0])
    expect(spreadDiscount([100, 300, 300], 7)).toEqual([1, 3, 3])
    expect(spreadDiscount([100, 300, 300], 8)).toEqual([1, 4, 3])
    expect(spreadDiscount([0, 500], 500)).toEqual([0, 500])
    expect(spreadDiscount([10, 20], 0)).toEqual([0, 0])
    // Any spread adds up to the discount and stays within each line (seeded so a failure reproduces).
    let seed = 20261129
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let run = 0; run < 500; run++) {
      const totals = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * 5_000))
      const subtotal = totals.reduce((a, b) => a + b, 0)
      const discount = Math.floor(random() * (subtotal + 1))
      const shares = spreadDiscount(totals, discount)
      expect(shares.reduce((a, b) => a + b, 0), `seed 20261129 run ${run}`).toBe(subtotal === 0 ? 0 : discount)
      shares.forEach((share, i) => expect(share).toBeLessThanOrEqual(totals[i] ?? 0))
    }
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
