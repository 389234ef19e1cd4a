import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DomainError } from '../../../db/errors'
import type { HandlerContext, HandlersFor } from '../context'
import { assertMaySeeCustomers } from '../customer-access'
import { unusedPathBase } from '../customers/export-names'
import type { BillRecord } from '../../../db/bills/bill.repository'
import { salonDate } from '../../../db/zoned-time'
import type { GstKind } from '../../../vocabulary'
import { invoiceFor, type InvoiceBill } from './invoice.model'
import type { Invoice } from './invoice.shapes'
import { shareText, whatsAppLink } from './share-text'

/** A bill with what its invoice needs besides: a refund's sale, and the kind of salon it was posted under. */
export function invoiceBill(ctx: HandlerContext, bill: BillRecord, original?: BillRecord | null): InvoiceBill {
  const sale = original !== undefined ? original : bill.original_bill_id ? ctx.store.bills.get(bill.original_bill_id) : null
  return { ...bill, original: sale, salon_kind: salonKindOf(ctx, bill) }
}

/** The kind a bill was posted under: its own (from migration 0017 on), else the kind in force on its day. */
export function salonKindOf(ctx: HandlerContext, bill: Pick<BillRecord, 'gst_kind' | 'posted_at'>): GstKind {
  return bill.gst_kind ?? ctx.store.settings.kindOn(salonDate(new Date(bill.posted_at), ctx.zone()))
}

/** Prints and PDFs of a bill so far (audited): the first is the original, every later one a duplicate (Rule 48). */
const printsOf = (ctx: HandlerContext, billId: string): number => ctx.store.audit.printsOf(billId)

export function invoiceOf(ctx: HandlerContext, billId: string): Invoice {
  assertMaySeeCustomers(ctx.actor.role)
  const bill = ctx.store.bills.get(billId)
  return invoiceFor(invoiceBill(ctx, bill), ctx.store.settings.get(), printsOf(ctx, billId) > 0 ? 'duplicate' : 'original')
}

const exportsFolder = (ctx: HandlerContext) => join(dirname(ctx.databasePath), 'exports')

/** The phone a bill's receipt is shared to: the registered customer's, or the anonymous buyer's kept on the sale. */
function phoneOf(ctx: HandlerContext, billId: string): string | null {
  const bill = ctx.store.bills.get(billId)
  const sale = bill.original_bill_id ? ctx.store.bills.get(bill.original_bill_id) : bill
  if (sale.customer_id) return ctx.store.customers.getAny(sale.customer_id)?.phone ?? null
  return ctx.store.bills.anonymousPhone(sale)
}

export const invoiceHandlers: HandlersFor<'invoices.get' | 'invoices.printers' | 'invoices.print' | 'invoices.savePdf' | 'invoices.shareText' | 'invoices.shareWhatsApp'> = {
  'invoices.get': (ctx, input) => invoiceOf(ctx, input.bill_id),

  'invoices.printers': async (ctx) => {
    if (!ctx.printer) return { printers: null }
    try {
      return { printers: await ctx.printer.printers(ctx.origin) }
    } catch {
      return { printers: null }
    }
  },

  'invoices.print': async (ctx, input) => {
    ctx.store.bills.get(input.bill_id) // NOT_FOUND before anything prints
    // Audited before it prints, printer or not (without one the screen opens the browser's print
    // dialog): from now on this bill prints as the duplicate for the supplier.
    ctx.recordAction({ action: 'bill.print', target_id: input.bill_id })
    if (!ctx.printer) return { printed: false, reason: 'no-printer' }
    const settings = ctx.store.settings.get()
    return ctx.printer.print(ctx.origin, { paper: input.paper, printer: settings.printer_name, silent: settings.silent_print })
  },

  'invoices.savePdf': async (ctx, input) => {
    const bill = ctx.store.bills.get(input.bill_id)
    if (!ctx.printer) return { file: null }
    let pdf: Uint8Array
    try {
      pdf = await ctx.printer.printToPdf(ctx.origin, input.paper)
    } catch {
      throw new DomainError('INTERNAL', 'The PDF could not be made. Print it instead.')
    }
    const folder = exportsFolder(ctx)
    mkdirSync(folder, { recursive: true })
    // Invoice numbers are file-name safe (capitals, digits, hyphens); a second copy gets its own name.
    const base = unusedPathBase(folder, `${bill.invoice_number}-${input.paper}`, ['.pdf'])
    writeFileSync(`${base}.pdf`, pdf, { flag: 'wx' })
    ctx.recordAction({ action: 'bill.save_pdf', target_id: input.bill_id })
    return { file: `${base}.pdf` }
  },

  'invoices.shareText': (ctx, input) => {
    const invoice = invoiceOf(ctx, input.bill_id)
    ctx.recordAction({ action: 'bill.share', target_id: input.bill_id })
    return { text: shareText(invoice) }
  },

  'invoices.shareWhatsApp': async (ctx, input) => {
    const invoice = invoiceOf(ctx, input.bill_id)
    const phone = phoneOf(ctx, input.bill_id)
    if (!phone) return { opened: false, reason: 'no-phone' }
    if (!ctx.openExternal) return { opened: false, reason: 'no-browser' }
    await ctx.openExternal(whatsAppLink(phone, shareText(invoice)))
    ctx.recordAction({ action: 'bill.share', target_id: input.bill_id })
    return { opened: true, reason: null }
  },
}
