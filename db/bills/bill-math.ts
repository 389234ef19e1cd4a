import type { BillAmountBlock } from '../../vocabulary'
import { formatRupees } from '../../vocabulary'
import { validationError } from '../errors'
import type { BillItemRow, BillPaymentRow, BillTaxRateRow } from './bills.table'
import type { SalonSettings } from '../settings/settings.repository'

/** A bill's line as stored (bills.table.ts declares its fields), without the keys that place it in its bill. */
export type BillLine = Omit<BillItemRow, 'bill_id' | 'line_no'>

/**
 * A line as the bill's arithmetic sees it. A line without its own rate is a service at the
 * salon's rate (custom lines and lines of bills posted before the menu); a product brings its own.
 * Absent: `kind` a service, `gst_rate_bp` the salon's rate, the code and the ids null.
 */
export type LineInput = Pick<BillLine, 'name' | 'unit_price' | 'quantity'> & Partial<Pick<BillLine, 'kind' | 'gst_rate_bp' | 'tax_code' | 'menu_item_id' | 'stylist_id'>>
/**
 * What the arithmetic reads of the salon: its rate, and `collects_tax`: a regular registration's
 * sale collects tax; a composition or unregistered salon's collects none (the kind of its day).
 */
export type TaxSettings = Pick<SalonSettings, 'gst_rate_bp'> & { collects_tax: boolean }

/**
 * Exactly a BillLine's fields, whatever else the object carries (a stored row's keys, a hydrated
 * line's stylist_name): a spread would take those along into an insert or an API shape. The one
 * place a line is copied field by field; a new column fails to compile here until it is copied.
 * Add fields to the copy with Object.assign, not `{ ...billLine(line), more }`: on Node 20 a
 * spread followed by more fields costs microseconds a line, ~50 times the copy (measured).
 */
export const billLine = (line: BillLine): BillLine => ({
  name: line.name,
  unit_price: line.unit_price,
  quantity: line.quantity,
  line_total: line.line_total,
  kind: line.kind,
  menu_item_id: line.menu_item_id,
  tax_code: line.tax_code,
  gst_rate_bp: line.gst_rate_bp,
  discount: line.discount,
  stylist_id: line.stylist_id,
})

/** One row of the bill's tax table: the taxable value at one rate and its CGST and SGST. */
export type TaxRateRow = Omit<BillTaxRateRow, 'bill_id'>

/** One payment of a bill: how, and how much. */
export type Payment = Omit<BillPaymentRow, 'bill_id' | 'line_no'>

export type BillAmounts = BillAmountBlock & {
  items: BillLine[]
  taxable_value: number
  /** By rate, lowest first; a bill of supply has one row at rate 0. */
  tax_rates: TaxRateRow[]
}

/** A bill's subtotal may not exceed ₹10 crore: far beyond any salon bill, and safe integer arithmetic. */
export const MAX_SUBTOTAL = 10_000_000_000

/** n / d rounded half up, for non-negative integers (BigInt: products of paise and basis points can pass 2^53). */
const divideRoundHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d)

/**
 * Spreads a bill's discount over its lines, so each rate's taxable value carries its part:
 * pro rata by line total (each share rounded down to the paisa), then the paise left over go to
 * the largest line (earliest first on a tie), then the next largest if a line cannot take more
 * than its own total. Deterministic: the same lines and discount always spread the same way.
 */
export function spreadDiscount(lineTotals: readonly number[], discount: number): number[] {
  const subtotal = lineTotals.reduce((sum, total) => sum + total, 0)
  if (discount === 0 || subtotal === 0) return lineTotals.map(() => 0)
  const shares = lineTotals.map((total) => Number((BigInt(discount) * BigInt(total)) / BigInt(subtotal)))
  let left = discount - shares.reduce((sum, share) => sum + share, 0)
  const largestFirst = lineTotals.map((total, index) => ({ total, index })).sort((a, b) => b.total - a.total || a.index - b.index)
  for (const { total, index } of largestFirst) {
    if (left === 0) break
    const share = shares[index] ?? 0
    const taken = Math.min(left, total - share)
    shares[index] = share + taken
    left -= taken
  }
  return shares
}

/**
 * The arithmetic of a bill, in integer paise only:
 * line totals → subtotal → discount (never more than the subtotal), spread over the lines →
 * taxable value per rate → CGST and SGST per rate, each half of that rate, rounded to the paisa
 * (half up) as printed on the invoice's tax table; none when the salon is not GST-registered
 * (a bill of supply) → total → rounded to the nearest rupee (50 paise rounds up) → the rounding
 * adjustment. A bill whose lines share one rate computes exactly as bills did before the menu.
 *
 * The bill's own `gst_rate_bp` is that one rate; on a bill that mixes rates it is the salon's
 * rate for services (the tax table holds the truth); 0 on a bill of supply.
 */
export function computeBill(items: readonly LineInput[], discount: number, tax: TaxSettings): BillAmounts {
  if (items.length === 0) throw validationError({ items: 'Add at least one item.' })
  const rateOf = (item: LineInput) => (tax.collects_tax ? (item.gst_rate_bp ?? tax.gst_rate_bp) : 0)
  const totals = items.map((item) => item.unit_price * item.quantity)
  const subtotal = totals.reduce((sum, total) => sum + total, 0)
  if (subtotal > MAX_SUBTOTAL) throw validationError({ items: 'This bill is too large to post. Split it into smaller bills.' })
  if (discount > subtotal) throw validationError({ discount: 'The discount cannot be more than the subtotal.' })

  const shares = spreadDiscount(totals, discount)
  const lines = items.map(
    (item, index): BillLine => ({
      name: item.name.trim(),
      unit_price: item.unit_price,
      quantity: item.quantity,
      line_total: totals[index] ?? 0,
      kind: item.kind ?? 'service',
      menu_item_id: item.menu_item_id ?? null,
      tax_code: item.tax_code ?? null,
      gst_rate_bp: rateOf(item),
      discount: shares[index] ?? 0,
      stylist_id: item.stylist_id ?? null,
    }),
  )

  const taxableByRate = new Map<number, number>()
  for (const line of lines) taxableByRate.set(line.gst_rate_bp, (taxableByRate.get(line.gst_rate_bp) ?? 0) + line.line_total - line.discount)
  const tax_rates = [...taxableByRate]
    .sort(([a], [b]) => a - b)
    .map(([rate, taxable]): TaxRateRow => {
      const half = Number(divideRoundHalfUp(BigInt(taxable) * BigInt(rate / 2), 10_000n))
      return { gst_rate_bp: rate, taxable_value: taxable, cgst: half, sgst: half }
    })
  const cgst = tax_rates.reduce((sum, row) => sum + row.cgst, 0)
  const sgst = tax_rates.reduce((sum, row) => sum + row.sgst, 0)
  const taxable = subtotal - discount
  const total = taxable + cgst + sgst
  const rounded = Math.floor((total + 50) / 100) * 100
  const billRate = !tax.collects_tax ? 0 : tax_rates.length === 1 ? (tax_rates[0]?.gst_rate_bp ?? 0) : tax.gst_rate_bp
  return {
    items: lines,
    subtotal,
    discount,
    taxable_value: taxable,
    tax_rates,
    gst_rate_bp: billRate,
    cgst,
    sgst,
    total,
    rounded_total: rounded,
    rounding_adjustment: rounded - total,
  }
}

/** Payments must add up to the rounded total; none given means one cash payment of it. */
export function settlePayments(payments: readonly Payment[] | undefined, roundedTotal: number): Payment[] {
  if (payments === undefined || payments.length === 0) return roundedTotal > 0 ? [{ method: 'cash', amount: roundedTotal }] : []
  const errors: Record<string, string> = {}
  payments.forEach((payment, index) => {
    if (payment.amount <= 0) errors[`payments.${index}.amount`] = 'Remove payments of ₹0.'
  })
  const paid = payments.reduce((sum, payment) => sum + payment.amount, 0)
  if (paid !== roundedTotal) {
    errors.payments = `Payments add up to ${formatRupees(paid)} but the bill is ${formatRupees(roundedTotal)}.`
  }
  if (Object.keys(errors).length > 0) throw validationError(errors, errors.payments ?? 'Please check the payments.')
  return payments.map((payment) => ({ method: payment.method, amount: payment.amount }))
}
