import type { Input, PaymentMethod } from '../../api/contract'
import { parseRupees } from '../../format/money'

/** What the user is typing: rupees as text, converted to exact paise only when read. */
export type ItemDraft = { key: number; name: string; price: string; quantity: string }
export type PaymentDraft = { key: number; method: PaymentMethod; amount: string }

export type ItemProblems = Partial<Record<'name' | 'price' | 'quantity', string>>

export type ReadLines =
  | { ok: true; input: Input<'bills.preview'> }
  | { ok: false; itemProblems: Map<number, ItemProblems>; discountProblem?: string }

let nextKey = 1
export const newKey = () => nextKey++
export const emptyItem = (): ItemDraft => ({ key: newKey(), name: '', price: '', quantity: '1' })

const isBlank = (item: ItemDraft) => item.name.trim() === '' && item.price.trim() === ''

/** The items and discount as the core's input, or what is wrong with them (blank rows are ignored). */
export function readLines(items: ItemDraft[], discount: string): ReadLines {
  const itemProblems = new Map<number, ItemProblems>()
  const lines: Input<'bills.preview'>['items'] = []
  for (const item of items) {
    if (isBlank(item)) continue
    const problems: ItemProblems = {}
    if (item.name.trim() === '') problems.name = 'Name the item.'
    const price = parseRupees(item.price)
    if (!price.ok) problems.price = price.message
    const quantity = Number(item.quantity)
    if (!/^\d+$/.test(item.quantity.trim()) || quantity < 1 || quantity > 99) problems.quantity = '1 to 99.'
    if (Object.keys(problems).length > 0) itemProblems.set(item.key, problems)
    else if (price.ok) lines.push({ name: item.name.trim(), unit_price: price.paise, quantity })
  }
  let discountPaise = 0
  let discountProblem: string | undefined
  if (discount.trim() !== '') {
    const parsed = parseRupees(discount)
    if (parsed.ok) discountPaise = parsed.paise
    else discountProblem = parsed.message
  }
  if (itemProblems.size > 0 || discountProblem || lines.length === 0) return { ok: false, itemProblems, ...(discountProblem ? { discountProblem } : {}) }
  return { ok: true, input: { items: lines, ...(discountPaise > 0 ? { discount: discountPaise } : {}) } }
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
