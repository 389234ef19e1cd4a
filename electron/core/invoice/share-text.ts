import type { Invoice } from './invoice.shapes'
import { formatRupees } from '../../../vocabulary'

const rupees = formatRupees
const percent = (bp: number) => `${bp / 100}%`

/**
 * A short receipt to paste into WhatsApp or an SMS: who, what, the tax and the total, in plain
 * lines (WhatsApp reads *…* as bold). Never the customer's phone or anything beyond the invoice.
 */
export function shareText(invoice: Invoice): string {
  const lines = [
    `*${invoice.supplier.name}*`,
    `${invoice.title} ${invoice.number}, ${invoice.date}`,
    ...(invoice.supplier.gstin ? [`GSTIN ${invoice.supplier.gstin}`] : []),
    ...(invoice.original ? [`Against invoice ${invoice.original.number} dated ${invoice.original.date}`] : []),
    '',
    ...invoice.lines.map((line) => `${line.description} × ${line.quantity}: ${rupees(line.value)}`),
    ...(invoice.discount > 0 ? [`Discount: −${rupees(invoice.discount)}`] : []),
    ...invoice.tax_table.flatMap((row) => [`CGST ${percent(row.gst_rate_bp / 2)}: ${rupees(row.cgst)}`, `SGST ${percent(row.gst_rate_bp / 2)}: ${rupees(row.sgst)}`]),
    `*${invoice.document === 'credit-note' ? 'Credited' : 'Total'}: ${rupees(invoice.rounded_total)}*`,
    `(${invoice.amount_in_words})`,
    ...(invoice.footer ? ['', invoice.footer] : []),
  ]
  return lines.join('\n')
}

/** A WhatsApp chat with this number (E.164, `+91…`), the text filled in. */
export const whatsAppLink = (e164: string, text: string): string => `https://wa.me/${e164.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`
