import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id, isoDate, limit, paise, requiredText, text } from '../contract/schemas'
import type { Bill, BillPreview } from './bills.shapes'
import type { Page } from '../contract/result'
import { LIMITS, PAYMENT_METHODS } from '../../../vocabulary'
import { draftKey } from '../drafts/drafts.contract'
import { gstinSchema, stateCodeSchema } from '../invoice/gstin'
import type { Exactly } from '../../../vocabulary/type-checks'
import type { LineRequest } from '../../../db/bills/bill-lines'
import type { BillParty } from '../../../db/bills/bill.repository'
import type { Payment } from '../../../db/bills/bill-math'

export const MAX_ITEMS = 50

const item = z.strictObject({
  name: requiredText(LIMITS.itemName),
  unit_price: paise(),
  quantity: z.number().int('Quantities are whole numbers.').min(1, 'At least 1.').max(99, 'At most 99.'),
  /** Billed from the menu: the core takes the item's name, code and rate; the price must be the menu's unless the item's price is editable. */
  menu_item_id: id().optional(),
  /** A service's stylist: an active user. */
  stylist_id: id().optional(),
})
/** A line the schema accepts is a LineRequest and the other way round (both derive from the stored line). */
const _itemIsLineRequest: Exactly<z.infer<typeof item>, LineRequest> = true

const billLines = {
  items: z.array(item).min(1, 'Add at least one item.').max(MAX_ITEMS, `At most ${MAX_ITEMS} items on a bill.`),
  discount: paise().optional(),
}

/** A bill is for a registered customer (customer_id) or anonymous (a name and, optionally, a phone). */
const billParty = {
  customer_id: id().optional(),
  customer_name: requiredText(100).optional(),
  customer_phone: text(32).optional(),
}
const _partyIsBillParty: Exactly<z.infer<z.ZodObject<typeof billParty>>, BillParty> = true

/**
 * Printed on the invoice when the buyer asks (a business with a GSTIN), and needed from an
 * unregistered buyer for a bill of ₹50,000 or more (CGST Rule 46(e)). The state defaults to the GSTIN's.
 */
const buyerDetails = {
  buyer_gstin: gstinSchema().optional(),
  buyer_address: text(300).optional(),
  buyer_state_code: stateCodeSchema().optional(),
}

const payment = z.strictObject({ method: z.enum(PAYMENT_METHODS), amount: paise() })
const _paymentIsStored: Exactly<z.infer<typeof payment>, Payment> = true

export const billsContract = {
  /** The arithmetic of a bill before posting: the screen shows what the core will compute. */
  'bills.preview': method({ input: z.strictObject(billLines), output: returns<BillPreview>() }),
  /** `draft_key`: the caller's draft of this bill, removed in the same transaction as the post. */
  'bills.post': method({
    input: z.strictObject({ ...billParty, ...buyerDetails, ...billLines, payments: z.array(payment).min(1).max(6).optional(), draft_key: draftKey().optional() }),
    output: returns<Bill>(),
    errors: ['NOT_FOUND'],
  }),
  'bills.get': method({ input: z.strictObject({ id: id() }), output: returns<Bill>(), errors: ['NOT_FOUND'] }),
  /** Bills of one salon day (default today), newest first. */
  'bills.list': method({
    input: z.strictObject({ date: isoDate().optional(), before: id().optional(), limit: limit(200).optional() }),
    output: returns<Page<Bill>>(),
  }),
  'bills.refund': method({ input: z.strictObject({ bill_id: id(), reason: requiredText(LIMITS.reason) }), output: returns<Bill>(), errors: ['NOT_FOUND', 'CONFLICT'] }),
} as const
