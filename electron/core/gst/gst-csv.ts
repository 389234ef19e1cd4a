import { csvRow, rupees } from '../../../db/csv'
import type { GstSummary } from './gst.shapes'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** 24/11/2026 → 24-Nov-2026, as the GST offline tool reads dates. */
const toolDate = (date: string) => {
  const [day, month, year] = date.split('/')
  return `${day}-${MONTHS[Number(month) - 1]}-${year}`
}
const rate = (bp: number) => String(bp / 100)

/**
 * GSTR-1 sections as CSV files in the column layout of the GST offline tool's CSV import (b2b,
 * cdnr, b2cs, hsn, docs): what an accountant pastes or imports. Amounts in rupees with paise.
 */
export function gstCsvFiles(summary: GstSummary): Record<'b2b' | 'cdnr' | 'b2cs' | 'hsn' | 'docs', string> {
  const pos = summary.place_of_supply ?? ''
  const table = (header: string[], rows: (string | number)[][]) => csvRow(header) + rows.map((row) => csvRow(row)).join('')
  const invoices = summary.b2b.filter((doc) => doc.kind === 'invoice')
  const notes = summary.b2b.filter((doc) => doc.kind === 'credit-note')
  return {
    b2b: table(
      ['GSTIN/UIN of Recipient', 'Receiver Name', 'Invoice Number', 'Invoice date', 'Invoice Value', 'Place Of Supply', 'Reverse Charge', 'Applicable % of Tax Rate', 'Invoice Type', 'E-Commerce GSTIN', 'Rate', 'Taxable Value', 'Cess Amount'],
      invoices.map((doc) => [doc.buyer_gstin, doc.buyer_name, doc.number, toolDate(doc.date), rupees(doc.value), pos, 'N', '', 'Regular B2B', '', rate(doc.gst_rate_bp), rupees(doc.taxable_value), '0.00']),
    ),
    cdnr: table(
      ['GSTIN/UIN of Recipient', 'Receiver Name', 'Note Number', 'Note Date', 'Note Type', 'Place Of Supply', 'Reverse Charge', 'Note Supply Type', 'Note Value', 'Applicable % of Tax Rate', 'Rate', 'Taxable Value', 'Cess Amount'],
      notes.map((doc) => [doc.buyer_gstin, doc.buyer_name, doc.number, toolDate(doc.date), 'C', pos, 'N', 'Regular B2B', rupees(doc.value), '', rate(doc.gst_rate_bp), rupees(doc.taxable_value), '0.00']),
    ),
    b2cs: table(
      ['Type', 'Place Of Supply', 'Rate', 'Applicable % of Tax Rate', 'Taxable Value', 'Cess Amount', 'E-Commerce GSTIN'],
      summary.b2cs.filter((row) => row.gst_rate_bp > 0).map((row) => ['OE', pos, rate(row.gst_rate_bp), '', rupees(row.taxable_value), '0.00', '']),
    ),
    hsn: table(
      ['HSN', 'Description', 'UQC', 'Total Quantity', 'Total Value', 'Rate', 'Taxable Value', 'Integrated Tax Amount', 'Central Tax Amount', 'State/UT Tax Amount', 'Cess Amount'],
      summary.by_code.map((row) => [row.code, '', 'NA', row.quantity, rupees(row.total_value), rate(row.gst_rate_bp), rupees(row.taxable_value), '0.00', rupees(row.cgst), rupees(row.sgst), '0.00']),
    ),
    docs: table(
      ['Nature of Document', 'Sr. No. From', 'Sr. No. To', 'Total Number', 'Cancelled'],
      summary.documents.map((doc) => [doc.nature, doc.first, doc.last, doc.count, doc.cancelled]),
    ),
  }
}
