import type { Selectable } from 'kysely'

/** `bills`: sales and refunds. Permanent tax records (triggers refuse changes); amounts in paise. */
export interface BillsTable {
  id: string
  invoice_number: string
  kind: 'sale' | 'refund'
  original_bill_id: string | null
  customer_id: string | null
  /** Anonymous bills only. */
  customer_name: string | null
  /** Anonymous bills only: vault ciphertext and blind index. */
  customer_phone: Uint8Array | null
  customer_phone_bidx: Uint8Array | null
  subtotal: number
  discount: number
  gst_rate_bp: number
  cgst: number
  sgst: number
  total: number
  rounded_total: number
  rounding_adjustment: number
  refund_reason: string | null
  posted_at: string
  created_by: string
}

export interface BillItemsTable {
  bill_id: string
  line_no: number
  name: string
  unit_price: number
  quantity: number
  line_total: number
}

export interface BillPaymentsTable {
  bill_id: string
  line_no: number
  method: 'cash' | 'upi' | 'card' | 'other'
  amount: number
}

export type BillRow = Selectable<BillsTable>
export type BillItemRow = Selectable<BillItemsTable>
export type BillPaymentRow = Selectable<BillPaymentsTable>
