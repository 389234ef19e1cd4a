import type { BillAmountBlock, BillKind, BillStatus, PaymentMethod } from '../../../vocabulary'

// What the bills methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type BillItem = { name: string; unit_price: number; quantity: number; line_total: number }

/** All amounts in paise. A refund's amounts are the positive sums paid back. */
export type Bill = BillAmountBlock & {
  id: string
  invoice_number: string
  kind: BillKind
  original_bill_id: string | null
  /** A sale that has been refunded reads 'refunded'. */
  status: BillStatus
  customer_id: string | null
  /** Anonymous bills keep the name given; registered customers' bills show their current name. */
  customer_name: string | null
  items: BillItem[]
  /** A business buyer's particulars printed on the invoice, when given. */
  buyer_gstin: string | null
  buyer_address: string | null
  buyer_state_code: string | null
  payments: { method: PaymentMethod; amount: number }[]
  posted_at: string
  /** The user who posted it. */
  created_by: string
  /** Refunds only: why, and who approved it. */
  refund_reason?: string
  /** Sales only: the refund bill, once refunded. */
  refund_bill_id?: string | null
}

/** What posting would produce, computed by the core so the screen never does tax arithmetic. */
export type BillPreview = BillAmountBlock & { items: BillItem[]; taxable_value: number }
