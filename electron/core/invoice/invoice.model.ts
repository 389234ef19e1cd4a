import type { BillRecord } from '../../../db/bills/bill.repository'
import type { SalonSettings } from '../../../db/settings/settings.repository'
import { formatInZone, wallClock } from '../../../db/zoned-time'
import { GST_STATES, type GstKind, type GstStateCode } from '../../../vocabulary'
import { amountInWords } from './amount-in-words'
import { stateLabel } from './gstin'
import type { Invoice, InvoiceDocument, InvoiceLine, InvoiceTaxRow } from './invoice.shapes'

/**
 * What the invoice model reads of a bill: the stored record, for a refund its sale, and the kind of
 * salon it was posted under (its own `gst_kind`; for a bill posted before migration 0017, the kind
 * in force on its day, from the dated kinds).
 */
export type InvoiceBill = BillRecord & { original: Pick<BillRecord, 'invoice_number' | 'posted_at'> | null; salon_kind: GstKind }

/** Which copy a print is (CGST Rule 48, services): the first for the recipient, every later one for the supplier. */
export type InvoiceCopy = 'original' | 'duplicate'

/** The words a composition salon's documents are headed with (CGST Rule 5(1)(g)). */
export const COMPOSITION_HEADING = 'Composition taxable person, not eligible to collect tax on supplies'

type Line = BillRecord['items'][number]

/**
 * The rate and code a line was taxed at, as the bill stored them (the service menu's code and
 * rate); a custom line, or one posted before the menu, prints the salon's default SAC.
 */
export function lineTaxBasis(line: Line, salon: { default_sac: string }): { gst_rate_bp: number; code: string } {
  return { gst_rate_bp: line.gst_rate_bp, code: line.tax_code ?? salon.default_sac }
}

type Supplier = Invoice['supplier'] & { place_of_supply: string | null; footer: string | null; default_sac: string }

/**
 * The supplier as the document printed it: the bill's own snapshot, taken at posting (migration
 * 0017). A bill posted before 0017 has none, and reads today's settings as it always did; its
 * reprint says nothing of this on paper (there is nothing truer to print, and a note would read as
 * a defect of the document), so the choice is recorded here and in docs/api.md instead.
 */
function supplierOf(bill: BillRecord, salon: SalonSettings): Supplier {
  if (bill.gst_kind !== null && bill.supplier_name !== null) {
    return {
      name: bill.supplier_name,
      trade_name: bill.supplier_trade_name,
      address: bill.supplier_address,
      state_code: bill.supplier_state_code,
      state: stateName(bill.supplier_state_code),
      gstin: bill.supplier_gstin,
      phone: bill.supplier_phone,
      place_of_supply: bill.place_of_supply,
      footer: bill.invoice_footer,
      default_sac: bill.default_sac ?? salon.default_sac,
    }
  }
  return {
    name: salon.legal_name ?? salon.salon_name,
    trade_name: salon.legal_name && salon.legal_name !== salon.salon_name ? salon.salon_name : null,
    address: salon.address,
    state_code: salon.state_code,
    state: stateName(salon.state_code),
    gstin: salon.gstin,
    phone: salon.salon_phone,
    place_of_supply: salon.state_code ? stateLabel(salon.state_code) : null,
    footer: salon.invoice_footer,
    default_sac: salon.default_sac,
  }
}

const halfTax = (taxable: number, rateBp: number) => Number((2n * BigInt(taxable) * BigInt(rateBp / 2) + 10_000n) / 20_000n)

/**
 * The tax table: lines grouped by rate, CGST and SGST each half the rate on the group's taxable
 * value. The bill's stored CGST and SGST are what was charged: any paisa of rounding between
 * groups goes to the largest group, so the table always adds up to the bill.
 */
function taxTable(lines: InvoiceLine[], bill: Pick<BillRecord, 'cgst' | 'sgst'>): InvoiceTaxRow[] {
  const byRate = new Map<number, number>()
  for (const line of lines) byRate.set(line.gst_rate_bp, (byRate.get(line.gst_rate_bp) ?? 0) + line.taxable_value)
  const rows = [...byRate].sort(([a], [b]) => a - b).map(([rate, taxable]) => ({ gst_rate_bp: rate, taxable_value: taxable, cgst: halfTax(taxable, rate), sgst: halfTax(taxable, rate) }))
  const largest = rows.reduce<InvoiceTaxRow | undefined>((best, row) => (!best || row.taxable_value > best.taxable_value ? row : best), undefined)
  if (largest) {
    largest.cgst += bill.cgst - rows.reduce((sum, row) => sum + row.cgst, 0)
    largest.sgst += bill.sgst - rows.reduce((sum, row) => sum + row.sgst, 0)
  }
  return rows
}

/** The per-rate tax table the bill stored when it was posted (what was charged), rates with tax only. */
function storedTaxTable(bill: Pick<BillRecord, 'tax_rates'>): InvoiceTaxRow[] | null {
  const rows = bill.tax_rates.filter((row) => row.gst_rate_bp > 0 || row.cgst > 0 || row.sgst > 0)
  if (rows.length === 0) return null
  return rows.map((row) => ({ gst_rate_bp: row.gst_rate_bp, taxable_value: row.taxable_value, cgst: row.cgst, sgst: row.sgst }))
}

function dayMonthYear(storedTime: string, zone: string): string {
  const { year, month, day } = wallClock(new Date(storedTime), zone)
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

const stateName = (code: string | null) => (code ? (GST_STATES[code as GstStateCode] ?? null) : null)

/** The document a bill is, by the kind of salon it was posted under, and its title. */
function documentOf(bill: InvoiceBill, taxed: boolean): { document: InvoiceDocument; title: string } {
  if (bill.salon_kind === 'unregistered') return bill.kind === 'refund' ? { document: 'refund-receipt', title: 'Refund receipt' } : { document: 'receipt', title: 'Receipt' }
  if (bill.kind === 'refund') return { document: 'credit-note', title: 'Credit note' }
  // A regular salon's sale that collects tax is a tax invoice (Rule 46); one of exempt or nil-rated
  // lines only, and every sale of a composition salon, is a bill of supply (Rule 49).
  if (bill.salon_kind === 'regular' && taxed) return { document: 'tax-invoice', title: 'Tax invoice' }
  return { document: 'bill-of-supply', title: 'Bill of supply' }
}

/**
 * Everything CGST Rule 46 asks of a salon's invoice (Rule 49 of a bill of supply, Rule 53 of a
 * credit note), or a plain receipt of a salon not registered under GST, from a posted bill and
 * what it stored of its supplier. Pure: the same bill prints the same invoice on A4, on a receipt
 * and in a shared text. `copy` says which print this is (Rule 48).
 */
export function invoiceFor(bill: InvoiceBill, salon: SalonSettings, copy: InvoiceCopy = 'original'): Invoice {
  const zone = salon.time_zone
  const taxed = bill.salon_kind === 'regular' && (bill.gst_rate_bp > 0 || bill.cgst > 0)
  const { document, title } = documentOf(bill, taxed)
  const registered = bill.salon_kind !== 'unregistered'
  const supplier = supplierOf(bill, salon)
  const lines: InvoiceLine[] = bill.items.map((item, index) => {
    const basis = lineTaxBasis(item, supplier)
    // The line's share of the bill's discount, as posted (db/bills/bill-math.ts spreads it).
    const discount = item.discount
    return {
      line_no: index + 1,
      code: basis.code,
      description: item.name,
      quantity: item.quantity,
      unit_price: item.unit_price,
      value: item.line_total,
      discount,
      taxable_value: item.line_total - discount,
      gst_rate_bp: taxed ? basis.gst_rate_bp : 0,
    }
  })
  const missing: string[] = []
  if (!supplier.address) missing.push('the salon’s address')
  if (!supplier.state_code) missing.push('the salon’s state')
  if (registered && !supplier.gstin) missing.push('the salon’s GSTIN')
  const buyerState = bill.buyer_state_code ?? (bill.buyer_gstin ? bill.buyer_gstin.slice(0, 2) : null)
  return {
    document,
    title,
    salon_kind: bill.salon_kind,
    heading: bill.salon_kind === 'composition' ? COMPOSITION_HEADING : null,
    note: bill.salon_kind === 'unregistered' ? 'Not registered under GST: no tax charged.' : null,
    copy,
    copy_label: copy === 'original' ? 'Original for recipient' : 'Duplicate for supplier',
    taxed,
    number: bill.invoice_number,
    date: dayMonthYear(bill.posted_at, zone),
    issued_at: formatInZone(bill.posted_at, zone),
    supplier: {
      name: supplier.name,
      trade_name: supplier.trade_name,
      address: supplier.address,
      state_code: supplier.state_code,
      state: supplier.state,
      gstin: registered ? supplier.gstin : null,
      phone: supplier.phone,
    },
    buyer: { name: bill.display_name ?? 'Customer', gstin: bill.buyer_gstin, address: bill.buyer_address, state_code: buyerState, state: stateName(buyerState) },
    place_of_supply: registered ? supplier.place_of_supply : null,
    reverse_charge: false,
    original: bill.kind === 'refund' && bill.original ? { number: bill.original.invoice_number, date: dayMonthYear(bill.original.posted_at, zone) } : null,
    reason: bill.refund_reason,
    lines,
    tax_table: taxed ? storedTaxTable(bill) ?? taxTable(lines, bill) : [],
    subtotal: bill.subtotal,
    discount: bill.discount,
    taxable_value: bill.subtotal - bill.discount,
    cgst: bill.cgst,
    sgst: bill.sgst,
    total: bill.total,
    rounding_adjustment: bill.rounding_adjustment,
    rounded_total: bill.rounded_total,
    amount_in_words: amountInWords(bill.rounded_total),
    footer: supplier.footer,
    signatory: 'Authorised signatory',
    missing,
  }
}
