import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DomainError } from '../../../db/errors'
import type { HandlerContext, HandlersFor } from '../context'
import { assertMaySeeCustomers } from '../customer-access'
import { unusedPathBase } from '../customers/export-names'
import { invoiceFor, type InvoiceBill } from './invoice.model'
import type { Invoice } from './invoice.shapes'

/** A bill with what its invoice needs besides: a refund's sale. */
export function invoiceBill(ctx: HandlerContext, billId: string): InvoiceBill {
  const bill = ctx.store.bills.get(billId)
  const original = bill.original_bill_id ? ctx.store.bills.get(bill.original_bill_id) : null
  return { ...bill, original }
}

export function invoiceOf(ctx: HandlerContext, billId: string): Invoice {
  assertMaySeeCustomers(ctx.actor.role)
  return invoiceFor(invoiceBill(ctx, billId), ctx.store.settings.get())
}

const exportsFolder = (ctx: HandlerContext) => join(dirname(ctx.databasePath), 'exports')

export const invoiceHandlers: HandlersFor<'invoices.get' | 'invoices.printers' | 'invoices.print' | 'invoices.savePdf'> = {
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
    return { file: `${base}.pdf` }
  },
}
