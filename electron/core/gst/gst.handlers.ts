import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { toStoredTime } from '../../../db/clock'
import { addDays, salonDate, startOfSalonDay } from '../../../db/zoned-time'
import type { HandlerContext, HandlersFor } from '../context'
import { unusedPathBase } from '../customers/export-names'
import type { InvoiceBill } from '../invoice/invoice.model'
import { invoiceBill } from '../invoice/invoice.handlers'
import { gstCsvFiles } from './gst-csv'
import { gstSummary } from './gst-summary'
import type { GstSummary } from './gst.shapes'

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

type Period = { label: string; from: string; to: string; stem: string }

/** The salon days a month or financial year covers (first and last, inclusive). */
function periodOf(input: { month?: string | undefined; fy?: number | undefined }, today: string): Period {
  if (input.fy !== undefined) {
    const next = String((input.fy + 1) % 100).padStart(2, '0')
    return { label: `FY ${input.fy}-${next} (April–March)`, from: `${input.fy}-04-01`, to: `${input.fy + 1}-03-31`, stem: `fy-${input.fy}-${next}` }
  }
  const month = input.month ?? today.slice(0, 7)
  const [year, number] = month.split('-').map(Number) as [number, number]
  const nextMonth = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`
  return { label: `${MONTH_NAMES[number - 1]} ${year}`, from: `${month}-01`, to: addDays(nextMonth, -1), stem: month }
}

function summaryFor(ctx: HandlerContext, input: { month?: string | undefined; fy?: number | undefined }): { summary: GstSummary; stem: string } {
  const zone = ctx.zone()
  const period = periodOf(input, salonDate(ctx.clock(), zone))
  const from = toStoredTime(startOfSalonDay(period.from, zone))
  const to = toStoredTime(startOfSalonDay(addDays(period.to, 1), zone))
  const records = ctx.store.bills.inPeriod(from, to)
  const byId = new Map(records.map((bill) => [bill.id, bill]))
  const bills: InvoiceBill[] = records.map((bill) => {
    const original = bill.original_bill_id ? (byId.get(bill.original_bill_id) ?? ctx.store.bills.get(bill.original_bill_id)) : null
    return invoiceBill(ctx, bill, original)
  })
  return { summary: gstSummary(bills, ctx.store.settings.get(), { label: period.label, from: period.from, to: period.to }), stem: period.stem }
}

export const gstHandlers: HandlersFor<'gst.summary' | 'gst.exportCsv'> = {
  'gst.summary': (ctx, input) => summaryFor(ctx, input).summary,

  'gst.exportCsv': (ctx, input) => {
    const { summary, stem } = summaryFor(ctx, input)
    const folder = join(dirname(ctx.databasePath), 'exports')
    mkdirSync(folder, { recursive: true })
    const files = Object.entries(gstCsvFiles(summary)).map(([section, text]) => {
      const base = unusedPathBase(folder, `gstr1-${stem}-${section}`, ['.csv'])
      writeFileSync(`${base}.csv`, text, { flag: 'wx' })
      return `${base}.csv`
    })
    ctx.recordAction({ action: 'gst.export_csv', target_id: null })
    return { files }
  },
}
