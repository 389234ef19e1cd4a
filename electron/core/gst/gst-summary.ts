import type { SalonSettings } from '../../../db/settings/settings.repository'
import { invoiceFor, type InvoiceBill } from '../invoice/invoice.model'
import { stateLabel } from '../invoice/gstin'
import type { GstAmounts, GstB2bDocument, GstCodeRow, GstCompositionQuarter, GstDocumentSeries, GstRateRow, GstSummary } from './gst.shapes'

const zero = (): GstAmounts => ({ taxable_value: 0, cgst: 0, sgst: 0 })
const add = (into: GstAmounts, from: GstAmounts, sign: 1 | -1) => {
  into.taxable_value += sign * from.taxable_value
  into.cgst += sign * from.cgst
  into.sgst += sign * from.sgst
}

/** Numbers of one series in issue order: `SAL-26-0001` → series `SAL-26-`, sequence 1. */
const seriesOf = (number: string) => {
  const match = /^(.*?)(\d+)$/.exec(number)
  return { series: match?.[1] ?? number, sequence: Number(match?.[2] ?? 0) }
}

/** The quarter of the financial year a dd/mm/yyyy date falls in, as CMP-08 names it. */
function quarterOf(date: string): Pick<GstCompositionQuarter, 'quarter' | 'from' | 'to'> {
  const [, month, year] = date.split('/').map(Number) as [number, number, number]
  const q = [
    { months: [4, 5, 6], label: 'April–June', from: '04-01', to: '06-30' },
    { months: [7, 8, 9], label: 'July–September', from: '07-01', to: '09-30' },
    { months: [10, 11, 12], label: 'October–December', from: '10-01', to: '12-31' },
    { months: [1, 2, 3], label: 'January–March', from: '01-01', to: '03-31' },
  ].find((entry) => entry.months.includes(month)) ?? { label: '', from: '', to: '' }
  return { quarter: `${q.label} ${year}`, from: `${year}-${q.from}`, to: `${year}-${q.to}` }
}

/**
 * The GST summary of a period from its bills: every sale adds, every credit note takes away,
 * read through the same invoice model the printed invoices use (so rates and codes agree).
 */
export function gstSummary(bills: readonly InvoiceBill[], salon: SalonSettings, period: { label: string; from: string; to: string }): GstSummary {
  const rates = new Map<number, { invoiced: GstAmounts; credited: GstAmounts }>()
  const b2cs = new Map<number, GstAmounts>()
  const codes = new Map<string, GstCodeRow>()
  const series = new Map<string, { nature: GstDocumentSeries['nature']; numbers: { number: string; sequence: number }[] }>()
  const b2b: GstB2bDocument[] = []
  let invoices = 0
  let creditNotes = 0
  const quarters = new Map<string, GstCompositionQuarter>()

  for (const bill of bills) {
    const invoice = invoiceFor(bill, salon)
    // A salon not registered files nothing; a composition salon's bills count in its turnover (CMP-08), not in GSTR-1.
    if (invoice.salon_kind === 'unregistered') continue
    if (invoice.salon_kind === 'composition') {
      const period = quarterOf(invoice.date)
      const entry = quarters.get(period.quarter) ?? { ...period, bills: 0, credit_notes: 0, invoiced: 0, credited: 0, turnover: 0 }
      if (bill.kind === 'refund') {
        entry.credit_notes++
        entry.credited += invoice.taxable_value
      } else {
        entry.bills++
        entry.invoiced += invoice.taxable_value
      }
      entry.turnover = entry.invoiced - entry.credited
      quarters.set(period.quarter, entry)
      continue
    }
    const credit = invoice.document === 'credit-note'
    const sign = credit ? -1 : 1
    if (credit) creditNotes++
    else invoices++
    const rows = invoice.taxed ? invoice.tax_table : [{ gst_rate_bp: 0, taxable_value: invoice.taxable_value, cgst: 0, sgst: 0 }]
    for (const row of rows) {
      const entry = rates.get(row.gst_rate_bp) ?? { invoiced: zero(), credited: zero() }
      add(credit ? entry.credited : entry.invoiced, row, 1)
      rates.set(row.gst_rate_bp, entry)
      if (!invoice.buyer.gstin) {
        const net = b2cs.get(row.gst_rate_bp) ?? zero()
        add(net, row, sign)
        b2cs.set(row.gst_rate_bp, net)
      } else {
        b2b.push({ kind: credit ? 'credit-note' : 'invoice', buyer_gstin: invoice.buyer.gstin, buyer_name: invoice.buyer.name, number: invoice.number, date: invoice.date, value: invoice.rounded_total, ...row })
      }
    }
    // Tax per code: each line's share of its rate's tax, in proportion to its taxable value.
    const taxOfRate = new Map(rows.map((row) => [row.gst_rate_bp, row]))
    for (const line of invoice.lines) {
      const key = `${line.code}|${line.gst_rate_bp}`
      const entry = codes.get(key) ?? { code: line.code, gst_rate_bp: line.gst_rate_bp, quantity: 0, total_value: 0, ...zero() }
      const rateRow = taxOfRate.get(line.gst_rate_bp)
      const share = (tax: number) => (rateRow && rateRow.taxable_value > 0 ? Math.round((tax * line.taxable_value) / rateRow.taxable_value) : 0)
      entry.quantity += sign * line.quantity
      entry.taxable_value += sign * line.taxable_value
      entry.cgst += sign * share(rateRow?.cgst ?? 0)
      entry.sgst += sign * share(rateRow?.sgst ?? 0)
      entry.total_value += sign * (line.taxable_value + share(rateRow?.cgst ?? 0) + share(rateRow?.sgst ?? 0))
      codes.set(key, entry)
    }
    const { series: name, sequence } = seriesOf(invoice.number)
    const entry = series.get(name) ?? { nature: credit ? 'Credit Note' : 'Invoices for outward supply', numbers: [] }
    entry.numbers.push({ number: invoice.number, sequence })
    series.set(name, entry)
  }

  const byRate = [...rates].sort(([a], [b]) => a - b).map(([rate, { invoiced, credited }]) => {
    const net: GstRateRow = { gst_rate_bp: rate, ...zero() }
    add(net, invoiced, 1)
    add(net, credited, -1)
    return { ...net, invoiced, credited }
  })
  const totals = zero()
  for (const row of byRate) add(totals, row, 1)
  const documents: GstDocumentSeries[] = [...series].map(([name, { nature, numbers }]) => {
    const sorted = [...numbers].sort((a, b) => a.sequence - b.sequence)
    return { nature, series: name, first: sorted[0]?.number ?? '', last: sorted[sorted.length - 1]?.number ?? '', count: numbers.length, cancelled: 0 }
  })
  documents.sort((a, b) => (a.nature === b.nature ? a.series.localeCompare(b.series) : a.nature === 'Credit Note' ? 1 : -1))
  return {
    ...period,
    place_of_supply: salon.state_code ? stateLabel(salon.state_code) : null,
    invoices,
    credit_notes: creditNotes,
    by_rate: byRate,
    totals,
    b2cs: [...b2cs].sort(([a], [b]) => a - b).map(([rate, amounts]) => ({ gst_rate_bp: rate, ...amounts })),
    b2b,
    by_code: [...codes.values()].sort((a, b) => a.code.localeCompare(b.code) || a.gst_rate_bp - b.gst_rate_bp),
    documents,
    composition:
      quarters.size === 0
        ? null
        : { quarters: [...quarters.values()].sort((a, b) => a.from.localeCompare(b.from)), turnover: [...quarters.values()].reduce((sum, entry) => sum + entry.turnover, 0) },
  }
}
