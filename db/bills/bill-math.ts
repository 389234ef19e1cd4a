import type { BillAmountBlock, PaymentMethod } from '../../vocabulary'
import { validationError } from '../errors'

export type LineInput = { name: string; unit_price: number; quantity: number }
export type TaxSettings = { gst_registered: boolean; gst_rate_bp: number }

export type BillAmounts = BillAmountBlock & {
  items: (LineInput & { line_total: number })[]
  taxable_value: number
}

/** A bill's subtotal may not exceed ₹10 crore: far beyond any salon bill, and safe integer arithmetic. */
export const MAX_SUBTOTAL = 10_000_000_000

/** n / d rounded half up, for non-negative integers (BigInt: products of paise and basis points can pass 2^53). */
const divideRoundHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d)

/**
 * The arithmetic of a bill, in integer paise only:
 * line totals → subtotal → discount (never more than the subtotal) → taxable value → CGST and
 * SGST, each half of the GST rate, rounded to the paisa (half up) as printed on the invoice;
 * none when the salon is not GST-registered → total → rounded to the nearest rupee (50 paise
 * rounds up) → the rounding adjustment.
 */
export function computeBill(items: readonly LineInput[], discount: number, tax: TaxSettings): BillAmounts {
  if (items.length === 0) throw validationError({ items: 'Add at least one item.' })
  const lines = items.map((item) => ({ name: item.name.trim(), unit_price: item.unit_price, quantity: item.quantity, line_total: item.unit_price * item.quantity }))
  const subtotal = lines.reduce((sum, line) => sum + line.line_total, 0)
  if (subtotal > MAX_SUBTOTAL) throw validationError({ items: 'This bill is too large to post. Split it into smaller bills.' })
  if (discount > subtotal) throw validationError({ discount: 'The discount cannot be more than the subtotal.' })

  const taxable = subtotal - discount
  const rateBp = tax.gst_registered ? tax.gst_rate_bp : 0
  const halfRateBp = BigInt(rateBp / 2)
  const cgst = Number(divideRoundHalfUp(BigInt(taxable) * halfRateBp, 10_000n))
  const sgst = cgst // equal halves of one rate on one taxable value
  const total = taxable + cgst + sgst
  const rounded = Math.floor((total + 50) / 100) * 100
  return {
    items: lines,
    subtotal,
    discount,
    taxable_value: taxable,
    gst_rate_bp: rateBp,
    cgst,
    sgst,
    total,
    rounded_total: rounded,
    rounding_adjustment: rounded - total,
  }
}

export type PaymentInput = { method: PaymentMethod; amount: number }

/** Payments must add up to the rounded total; none given means one cash payment of it. */
export function settlePayments(payments: readonly PaymentInput[] | undefined, roundedTotal: number): PaymentInput[] {
  if (payments === undefined || payments.length === 0) return roundedTotal > 0 ? [{ method: 'cash', amount: roundedTotal }] : []
  const errors: Record<string, string> = {}
  payments.forEach((payment, index) => {
    if (payment.amount <= 0) errors[`payments.${index}.amount`] = 'Remove payments of ₹0.'
  })
  const paid = payments.reduce((sum, payment) => sum + payment.amount, 0)
  if (paid !== roundedTotal) {
    const rupees = (paise: number) => (paise / 100).toLocaleString('en-IN', { style: 'currency', currency: 'INR' })
    errors.payments = `Payments add up to ${rupees(paid)} but the bill is ${rupees(roundedTotal)}.`
  }
  if (Object.keys(errors).length > 0) throw validationError(errors, errors.payments ?? 'Please check the payments.')
  return payments.map((payment) => ({ method: payment.method, amount: payment.amount }))
}
