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
}

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
  }
}
