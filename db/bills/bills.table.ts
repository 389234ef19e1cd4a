import type { BillAmountBlock, BillKind, GstKind, MenuItemKind, PaymentMethod } from '../../vocabulary'
import { ledgerTable } from '../sync/sync-class'
import type { Row } from '../row'

/** `bills`: sales and refunds. Permanent tax records (triggers refuse changes); amounts in paise. */
export interface BillsTable extends BillAmountBlock {
  id: string
  invoice_number: string
  kind: BillKind
  original_bill_id: string | null
  customer_id: string | null
  /** Anonymous bills only. */
  customer_name: string | null
  /** Anonymous bills only: vault ciphertext and blind index. */
  customer_phone: Uint8Array | null
  customer_phone_bidx: Uint8Array | null
  refund_reason: string | null
  /** A business buyer's particulars printed on the invoice, when they ask for them (a refund copies its sale's). */
  buyer_gstin: string | null
  buyer_address: string | null
  buyer_state_code: string | null
  posted_at: string
  /** The user who posted it. */
  created_by: string
  /** The desk that posted it: `local` until it enrols (SYNC.md). Part of the document. */
  desk: string
  /**
   * What the document printed of its supplier and its kind, as posted (migration 0017): a reprint
   * reads these, never today's settings. All null on bills posted before 0017 (no snapshot).
   */
  gst_kind: GstKind | null
  supplier_name: string | null
  supplier_trade_name: string | null
  supplier_address: string | null
  supplier_state_code: string | null
  supplier_gstin: string | null
  supplier_phone: string | null
  /** `29-Karnataka`. */
  place_of_supply: string | null
  invoice_footer: string | null
  /** The SAC printed on lines without a code of their own. */
  default_sac: string | null
}

export interface BillItemsTable {
  bill_id: string
  line_no: number
  name: string
  unit_price: number
  quantity: number
  line_total: number
  /** A service (taxed at the salon's rate) or a product (its own rate); custom lines and lines of bills posted before the menu (migration 0008) read 'service'. */
  kind: MenuItemKind
  /** The menu item it was billed from; null for a custom line. */
  menu_item_id: string | null
  /** The SAC or HSN code it was taxed under; null for custom lines and lines of bills posted before the menu. */
  tax_code: string | null
  /** The rate this line was taxed at, in basis points (0 on a bill of supply). */
  gst_rate_bp: number
  /** Its share of the bill's discount: pro rata by line total, leftover paise to the largest line (db/bills/bill-math.ts, spreadDiscount). */
  discount: number
  /** Services: the user who did it. */
  stylist_id: string | null
}

/** `bill_tax_rates`: a bill's taxable value, CGST and SGST per rate, as posted (part of the bill). */
export interface BillTaxRatesTable {
  bill_id: string
  gst_rate_bp: number
  taxable_value: number
  cgst: number
  sgst: number
}

export interface BillPaymentsTable {
  bill_id: string
  line_no: number
  method: PaymentMethod
  amount: number
}

export type BillRow = Row<BillsTable>
export type BillItemRow = Row<BillItemsTable>
export type BillPaymentRow = Row<BillPaymentsTable>
export type BillTaxRateRow = Row<BillTaxRatesTable>

/**
 * Sync class: ledger. A bill with its lines, payments and tax table is one insert-only document;
 * erasure may clear an anonymous buyer's phone and a private buyer's address (SYNC.md).
 */
export const billsSync = ledgerTable<BillsTable>(['id'], ['customer_phone', 'customer_phone_bidx', 'buyer_address'])
export const billItemsSync = ledgerTable<BillItemsTable>(['bill_id', 'line_no'])
export const billTaxRatesSync = ledgerTable<BillTaxRatesTable>(['bill_id', 'gst_rate_bp'])
export const billPaymentsSync = ledgerTable<BillPaymentsTable>(['bill_id', 'line_no'])
