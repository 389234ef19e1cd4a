import type { BillAmountBlock, BillKind, BillStatus, MenuItemKind, PaymentMethod } from '../../../vocabulary'

// What the bills methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

export type BillItem = {
  name: string
  unit_price: number
  quantity: number
  line_total: number
  /** A service (taxed at the salon's rate) or a product (its own rate); custom lines and bills before the menu read 'service'. */
  kind: MenuItemKind
  /** The menu item it was billed from; null for a custom line. */
  menu_item_id: string | null
  /** SAC or HSN code it was taxed under; null for custom lines and bills posted before the menu. */
  tax_code: string | null
  /** The rate this line was taxed at, in basis points (0 on a bill of supply). */
  gst_rate_bp: number
  /** Its share of the bill's discount: pro rata by line total, leftover paise to the largest line. */
  discount: number
  /** line_total − discount. */
  taxable_value: number
  /** Services: who did it. */
  stylist_id: string | null
  stylist_name: string | null
}

/** One row of a bill's tax table: the taxable value at one rate, with CGST and SGST (each half the rate). */
export type TaxRate = { gst_rate_bp: number; taxable_value: number; cgst: number; sgst: number }

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
  /** Taxable value, CGST and SGST per rate, lowest rate first. `gst_rate_bp` above is the one rate of a single-rate bill, the salon's service rate on a mixed one. */
  tax_rates: TaxRate[]
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
  /** Sales only: the first refund bill, once refunded (kept for screens that show one). */
  refund_bill_id?: string | null
  /**
   * Sales only: every refund bill of the sale, oldest first. A single desk refunds a sale once;
   * two desks offline may each have refunded it, and both are tax documents (SYNC.md).
   */
  refund_bill_ids?: string[]
}

/** What posting would produce, computed by the core so the screen never does tax arithmetic. */
export type BillPreview = BillAmountBlock & { items: BillItem[]; taxable_value: number; tax_rates: TaxRate[] }
