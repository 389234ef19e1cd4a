import { salonDate } from '../../../db/zoned-time'
import type { HandlersFor } from '../context'
import { billFor, billItem } from './bills.projection'
import { finishDraft } from '../drafts/drafts.handlers'
import { buyerDetailsFor } from '../invoice/buyer-details'

const DEFAULT_DAY_PAGE = 50

export const billsHandlers: HandlersFor<'bills.preview' | 'bills.post' | 'bills.get' | 'bills.list' | 'bills.refund'> = {
  'bills.preview': (ctx, input) => {
    const { items, ...amounts } = ctx.store.bills.preview(input.items, input.discount)
    const stylistName = (id: string | null) => (id === null ? null : (ctx.store.users.get(id)?.name ?? null))
    return { ...amounts, items: items.map((line) => billItem({ ...line, stylist_name: stylistName(line.stylist_id) })) }
  },

  'bills.post': (ctx, input) => {
    const { draft_key, ...given } = input
    const bill_input = { ...given, ...buyerDetailsFor(given, ctx.store.bills.preview(given.items, given.discount).taxable_value, ctx.store.settings.get()) }
    const bill = ctx.mutate(
      (w) => {
        const posted = w.bills.post(bill_input, ctx.actor.user_id)
        finishDraft(w, ctx, draft_key)
        return posted
      },
      (posted) => ({ action: 'bill.post', target_id: posted.id, customer_id: posted.customer_id, invoice_number: posted.invoice_number }),
    )
    return billFor(ctx.actor.role, bill, ctx.zone())
  },

  'bills.get': (ctx, input) => billFor(ctx.actor.role, ctx.store.bills.get(input.id), ctx.zone()),

  'bills.list': (ctx, input) => {
    const zone = ctx.zone()
    const limit = input.limit ?? DEFAULT_DAY_PAGE
    const day = input.date ?? salonDate(ctx.clock(), zone)
    const rows = ctx.store.bills.listDay(day, zone, limit + 1, input.before)
    const page = rows.slice(0, limit)
    return { items: page.map((bill) => billFor(ctx.actor.role, bill, zone)), next: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null }
  },

  'bills.refund': (ctx, input) => {
    const refund = ctx.mutate(
      (w) => w.bills.refund(input.bill_id, input.reason, ctx.actor.user_id),
      (created) => ({ action: 'bill.refund', target_id: input.bill_id, customer_id: created.customer_id, invoice_number: created.invoice_number }),
    )
    return billFor(ctx.actor.role, refund, ctx.zone())
  },
}
