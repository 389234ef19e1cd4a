import type { BillItemRow } from '../../../db/bills/bills.table'
import type { TaxRate } from '../bills/bills.shapes'
import type { SalonSettings } from '../../../db/settings/settings.repository'
import type { GstKind } from '../../../vocabulary'

// What an invoice says, as plain JSON (money in paise, rates in basis points): the renderer lays
// it out for A4 or an 80 mm receipt and adds no particular of its own.

/**
 * What a bill is on paper, by the kind of salon it was posted under: a regular registration's sale
 * is a tax invoice (a bill of supply when it collects no tax) and its refund a credit note; a
 * composition salon's sale a bill of supply, its refund a credit note; a salon not registered under
 * GST issues a plain receipt and a refund receipt, which claim no GST document.
 */
export type InvoiceDocument = 'tax-invoice' | 'bill-of-supply' | 'credit-note' | 'receipt' | 'refund-receipt'

/** A line as its bill stored it: the fields named as on the bill are the bill line's (db/bills/bills.table.ts). */
export type InvoiceLine = Pick<BillItemRow, 'line_no' | 'quantity' | 'unit_price' | 'gst_rate_bp' | 'discount'> & {
  /** SAC (services) or HSN (goods). */
  code: string
  description: string
  /** Price × quantity. */
  value: number
  /** Value after discount: what tax is charged on. */
  taxable_value: number
}

/** One row of the tax table: every line of one rate together. CGST and SGST are each half the rate. */
export type InvoiceTaxRow = TaxRate

export type Invoice = {
  document: InvoiceDocument
  /** "Tax invoice", "Bill of supply", "Credit note", "Receipt", "Refund receipt". */
  title: string
  /** The kind of salon the bill was posted under (not today's, if it changed since). */
  salon_kind: GstKind
  /** Printed under the title: a composition salon's "Composition taxable person, not eligible to collect tax on supplies". */
  heading: string | null
  /** Printed under the amount in words: a salon not registered says it charged no tax. */
  note: string | null
  /** The first print (or PDF) is the original for the recipient; every later one the duplicate for the supplier (Rule 48). */
  copy: 'original' | 'duplicate'
  copy_label: 'Original for recipient' | 'Duplicate for supplier'
  /** False for a bill of supply (and its refund): no tax lines at all. */
  taxed: boolean
  number: string
  /** dd/mm/yyyy in the salon's zone. */
  date: string
  /** ISO-8601 in the salon's zone. */
  issued_at: string
  supplier: { name: string; trade_name: string | null } & Pick<SalonSettings, 'address' | 'state_code'> & { state: string | null } & Pick<SalonSettings, 'gstin'> & { phone: SalonSettings['salon_phone'] }
  buyer: { name: string; gstin: string | null; address: string | null; state_code: string | null; state: string | null }
  /** `27-Maharashtra`: where the service is performed, the salon's state. */
  place_of_supply: string | null
  reverse_charge: false
  /** Credit notes: the invoice they reduce. */
  original: { number: string; date: string } | null
  reason: string | null
  lines: InvoiceLine[]
  tax_table: InvoiceTaxRow[]
  subtotal: number
  discount: number
  taxable_value: number
  cgst: number
  sgst: number
  total: number
  rounding_adjustment: number
  rounded_total: number
  /** "One thousand four hundred ninety-one rupees only". */
  amount_in_words: string
  footer: string | null
  signatory: 'Authorised signatory'
  /** Particulars the salon has not given yet (Admin › Settings): the invoice says so rather than print a wrong one. */
  missing: string[]
}

/** A printer of this computer: its system name (what settings keep) and the name people know it by. */
export type PrinterInfo = { name: string; display_name: string }
