import type { HandlerContext, HandlersFor } from '../context'
import { assertMaySeeCustomers } from '../customer-access'
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

export const invoiceHandlers: HandlersFor<'invoices.get'> = {
  'invoices.get': (ctx, input) => invoiceOf(ctx, input.bill_id),
}
