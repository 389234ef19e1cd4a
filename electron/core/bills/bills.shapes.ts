import type { BillAmountBlock, BillStatus } from '../../../vocabulary'
import type { BillLine, Payment, TaxRateRow } from '../../../db/bills/bill-math'
import type { BillRow } from '../../../db/bills/bills.table'

// What the bills methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).
// Fields a bill stores are declared once, in db/bills/bills.table.ts, and picked from there.

/** A line of a bill, as posted. */
export type BillItem = BillLine & {
  /** line_total − discount. */
  taxable_value: number
  /** The stylist's name now. */
  stylist_name: string | null
}

/** One row of a bill's tax table: the taxable value at one rate, with CGST and SGST (each half the rate). */
export type TaxRate = TaxRateRow

/** All amounts in paise. A refund's amounts are the positive sums paid back. */
export type Bill = BillAmountBlock &
  Pick<BillRow, 'id' | 'invoice_number' | 'kind' | 'original_bill_id' | 'customer_id' | 'buyer_gstin' | 'buyer_address' | 'buyer_state_code' | 'posted_at' | 'created_by'> & {
    /** A sale that has been refunded reads 'refunded'. */
    status: BillStatus
    /** Anonymous bills keep the name given; registered customers' bills show their current name. */
    customer_name: string | null
    items: BillItem[]
    /** Taxable value, CGST and SGST per rate, lowest rate first. `gst_rate_bp` above is the one rate of a single-rate bill, the salon's service rate on a mixed one. */
    tax_rates: TaxRate[]
    payments: Payment[]
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
