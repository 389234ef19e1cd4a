import type { Input, PaymentMethod } from '../../api/contract'
import { asciiDigits, parseDiscount, parseRupees, percentOf } from '../../format/money'
import { LIMITS } from '../../../../vocabulary'

/** What the user is typing: rupees as text, converted to exact paise only when read. */
export type ItemDraft = {
  key: number
  name: string
  price: string
  quantity: string
  /** Picked from the menu (the core takes its name, code and rate); typing over the name makes it a custom line again. */
  menuItemId?: string | null
  /** A service's stylist. */
  stylistId?: string | null
}
export type PaymentDraft = { key: number; method: PaymentMethod; amount: string }

export type ItemProblems = Partial<Record<'name' | 'price' | 'quantity' | 'stylist', string>>

export type ReadLines =
  /** `keys`: the rows sent, in order, so the core's "items.1.name" finds its row past any blank one. */
  | { ok: true; input: Input<'bills.preview'>; keys: number[]; discountPercent: number | null }
  | { ok: false; itemProblems: Map<number, ItemProblems>; discountProblem?: string }

/** Item names the core takes (the shared tier's LIMITS.itemName: 80 characters). */
export const ITEM_NAME_LIMIT = LIMITS.itemName

let nextKey = 1
export const newKey = () => nextKey++
/** A blank line; `stylistId`: the stylist a service line names until changed (a bill started from a visit names the visit's). */
export const emptyItem = (stylistId: string | null = null): ItemDraft => ({ key: newKey(), name: '', price: '', quantity: '1', menuItemId: null, stylistId })

const isBlank = (item: ItemDraft) => item.name.trim() === '' && item.price.trim() === ''

/** The items and discount as the core's input, or what is wrong with them (blank rows are ignored). */
export function readLines(items: ItemDraft[], discount: string): ReadLines {
  const itemProblems = new Map<number, ItemProblems>()
  const lines: Input<'bills.preview'>['items'] = []
  const keys: number[] = []
  for (const item of items) {
    if (isBlank(item)) continue
    const problems: ItemProblems = {}
    if (item.name.trim() === '') problems.name = 'Name the item.'
    else if (item.name.trim().length > ITEM_NAME_LIMIT) problems.name = `At most ${ITEM_NAME_LIMIT} characters.`
    const price = parseRupees(item.price)
    if (!price.ok) problems.price = price.message
    const quantity = Number(asciiQuantity(item.quantity))
    if (!/^\d+$/.test(asciiQuantity(item.quantity)) || quantity < 1 || quantity > 99) problems.quantity = '1 to 99.'
    if (Object.keys(problems).length > 0) itemProblems.set(item.key, problems)
    else if (price.ok) {
      lines.push({ name: item.name.trim(), unit_price: price.paise, quantity, ...(item.menuItemId ? { menu_item_id: item.menuItemId } : {}), ...(item.stylistId ? { stylist_id: item.stylistId } : {}) })
      keys.push(item.key)
    }
  }
  let discountPaise = 0
  let discountPercent: number | null = null
  let discountProblem: string | undefined
  if (discount.trim() !== '') {
    const parsed = parseDiscount(discount)
    if (!parsed.ok) discountProblem = parsed.message
    else if (parsed.kind === 'rupees') discountPaise = parsed.paise
    else {
      // A percentage of the subtotal, in whole paise; the core prices the bill from that amount.
      discountPercent = parsed.basisPoints
      discountPaise = percentOf(
        lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0),
        parsed.basisPoints,
      )
    }
  }
  if (itemProblems.size > 0 || discountProblem || lines.length === 0) return { ok: false, itemProblems, ...(discountProblem ? { discountProblem } : {}) }
  return { ok: true, input: { items: lines, ...(discountPaise > 0 ? { discount: discountPaise } : {}) }, keys, discountPercent }
}

const asciiQuantity = (text: string) => asciiDigits(text).trim()

/** The core's field errors ("items.1.unit_price") on the rows they belong to, by row key. */
export function itemErrorsFromCore(fields: Record<string, string>, keys: readonly number[]): Map<number, ItemProblems> {
  const byRow = new Map<number, ItemProblems>()
  const names = { name: 'name', unit_price: 'price', quantity: 'quantity', menu_item_id: 'name', stylist_id: 'stylist' } as const
  for (const [path, message] of Object.entries(fields)) {
    const match = /^items\.(\d+)\.(name|unit_price|quantity|menu_item_id|stylist_id)$/.exec(path)
    const key = match ? keys[Number(match[1])] : undefined
    if (!match || key === undefined) continue
    byRow.set(key, { ...byRow.get(key), [names[match[2] as keyof typeof names]]: message })
  }
  return byRow
}

export type ReadPayments = { ok: true; payments: { method: PaymentMethod; amount: number }[]; sum: number } | { ok: false; problems: Map<number, string> }

export function readPayments(payments: PaymentDraft[]): ReadPayments {
  const problems = new Map<number, string>()
  const read: { method: PaymentMethod; amount: number }[] = []
  for (const payment of payments) {
    const amount = parseRupees(payment.amount)
    if (!amount.ok) problems.set(payment.key, amount.message)
    else if (amount.paise > 0) read.push({ method: payment.method, amount: amount.paise })
  }
  if (problems.size > 0) return { ok: false, problems }
  return { ok: true, payments: read, sum: read.reduce((total, payment) => total + payment.amount, 0) }
}
