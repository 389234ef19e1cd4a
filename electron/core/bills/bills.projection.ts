import type { BillRecord } from '../../../db/bills/bill.repository'
import { formatInZone } from '../../../db/zoned-time'
import type { Role } from '../../../vocabulary'
import { assertMaySeeCustomers } from '../customer-access'
import { billLine, type BillLine } from '../../../db/bills/bill-math'
import type { Bill, BillItem } from './bills.shapes'

/** A line as the contract shows it; `stylist_name` is the user's current name. */
export const billItem = (line: BillLine & { stylist_name?: string | null }): BillItem =>
  Object.assign(billLine(line), { taxable_value: line.line_total - line.discount, stylist_name: line.stylist_name ?? null })

export function billFor(role: Role, record: BillRecord, zone: string): Bill {
  assertMaySeeCustomers(role)
  return {
    id: record.id,
    invoice_number: record.invoice_number,
    kind: record.kind,
    original_bill_id: record.original_bill_id,
    status: record.kind === 'sale' && record.refund_bill_id ? 'refunded' : 'posted',
    customer_id: record.customer_id,
    customer_name: record.display_name,
    items: record.items.map(billItem),
    tax_rates: record.tax_rates,
    buyer_gstin: record.buyer_gstin,
    buyer_address: record.buyer_address,
    buyer_state_code: record.buyer_state_code,
    subtotal: record.subtotal,
    discount: record.discount,
    gst_rate_bp: record.gst_rate_bp,
    cgst: record.cgst,
    sgst: record.sgst,
    total: record.total,
    rounded_total: record.rounded_total,
    rounding_adjustment: record.rounding_adjustment,
    payments: record.payments,
    posted_at: formatInZone(record.posted_at, zone),
    created_by: record.created_by,
    ...(record.kind === 'refund' ? { refund_reason: record.refund_reason ?? '' } : { refund_bill_id: record.refund_bill_id, refund_bill_ids: record.refund_bill_ids }),
  }
}
