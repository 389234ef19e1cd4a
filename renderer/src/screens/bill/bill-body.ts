import type { PaymentMethod } from '../../api/contract'
import { PAYMENT_METHODS } from '../../../../vocabulary'

/** A bill being built, as kept in its draft: what was typed, field by field (rupees as text). */
export type BillBody = {
  /** `menuItemId` and `stylistId` only when set (drafts kept before the menu have neither). */
  items: { name: string; price: string; quantity: string; menuItemId?: string; stylistId?: string }[]
  discount: string
  payments: { method: PaymentMethod; amount: string }[]
  paymentEdited: boolean
  guestName: string
  guestPhone: string
  /** The buyer's particulars for the invoice, as typed (empty: none). Drafts kept before them read as empty. */
  buyerGstin: string
  buyerAddress: string
  /** A GST state code ("29"), or empty. */
  buyerState: string
  /** The visit the bill was started from, and the stylist its new service lines name by default. */
  visit?: BillVisit
}

/** A bill started from a queue visit: new service lines default to the stylist of the visit (who took the ticket, or who was booked). */
export type BillVisit = { id: string; stylistId: string | null }

const isText = (value: unknown): value is string => typeof value === 'string'
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A stored draft of a bill, if it still has this shape (a draft from an older version is ignored). */
export function readBillBody(body: unknown): BillBody | null {
  if (!isRecord(body) || !Array.isArray(body.items) || !Array.isArray(body.payments)) return null
  const items = body.items.filter(isRecord).filter((item) => isText(item.name) && isText(item.price) && isText(item.quantity))
  const payments = body.payments.filter(isRecord).filter((payment) => isText(payment.amount) && PAYMENT_METHODS.includes(payment.method as PaymentMethod))
  if (items.length !== body.items.length || payments.length !== body.payments.length) return null
  if (!isText(body.discount) || !isText(body.guestName) || !isText(body.guestPhone) || typeof body.paymentEdited !== 'boolean') return null
  return {
    items: items.map((item) => ({
      name: item.name as string,
      price: item.price as string,
      quantity: item.quantity as string,
      ...(isText(item.menuItemId) ? { menuItemId: item.menuItemId } : {}),
      ...(isText(item.stylistId) ? { stylistId: item.stylistId } : {}),
    })),
    discount: body.discount,
    payments: payments.map((payment) => ({ method: payment.method as PaymentMethod, amount: payment.amount as string })),
    paymentEdited: body.paymentEdited,
    guestName: body.guestName,
    guestPhone: body.guestPhone,
    buyerGstin: isText(body.buyerGstin) ? body.buyerGstin : '',
    buyerAddress: isText(body.buyerAddress) ? body.buyerAddress : '',
    buyerState: isText(body.buyerState) ? body.buyerState : '',
    ...(isRecord(body.visit) && isText(body.visit.id) ? { visit: { id: body.visit.id, stylistId: isText(body.visit.stylistId) ? body.visit.stylistId : null } } : {}),
  }
}
