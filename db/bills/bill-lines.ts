import type { Db } from '../sqlite/connection'
import type { Given } from '../row'
import { validationError } from '../errors'
import type { BillLine, LineInput } from './bill-math'
import { worksHere } from '../../vocabulary'

/**
 * A line as the counter asks for it: from the menu (`menu_item_id`) or custom, with a stylist for
 * a service (the contract's `items` schema is proved to match it: bills.contract.ts).
 */
export type LineRequest = Pick<BillLine, 'name' | 'unit_price' | 'quantity'> & Given<BillLine, 'menu_item_id' | 'stylist_id'>

/**
 * Turns the counter's lines into what the bill's arithmetic needs, from the menu as it is now:
 * a menu line takes the item's name, kind, code and (products) rate; its price is the menu's
 * unless the owner marked the item's price as editable. A custom line is a service at the
 * salon's rate with no code. A stylist must be an active user, and only on a service.
 */
export function resolveLines(db: Db, requests: readonly LineRequest[]): LineInput[] {
  const { kysely, sync } = db
  const problems: Record<string, string> = {}
  const lines = requests.map((request, index): LineInput => {
    const at = (field: string) => `items.${index}.${field}`
    let line: LineInput = { name: request.name, unit_price: request.unit_price, quantity: request.quantity, kind: 'service', tax_code: null, menu_item_id: null }
    if (request.menu_item_id !== undefined) {
      const item = sync.get(kysely.selectFrom('menu_items').selectAll().where('id', '=', request.menu_item_id))
      if (!item) problems[at('menu_item_id')] = 'This item is not on the menu.'
      else if (item.active === 0) problems[at('menu_item_id')] = `${item.name} has been retired from the menu.`
      else {
        if (item.price_editable === 0 && request.unit_price !== item.price) problems[at('unit_price')] = `The price of ${item.name} is fixed on the menu.`
        line = {
          name: item.name,
          unit_price: request.unit_price,
          quantity: request.quantity,
          kind: item.kind,
          tax_code: item.tax_code,
          menu_item_id: item.id,
          ...(item.gst_rate_bp === null ? {} : { gst_rate_bp: item.gst_rate_bp }),
        }
      }
    }
    if (request.stylist_id !== undefined) {
      const stylist = sync.get(kysely.selectFrom('users').select(['id', 'active']).where('id', '=', request.stylist_id))
      if (line.kind !== 'service') problems[at('stylist_id')] = 'Only services have a stylist.'
      else if (!stylist || !worksHere(stylist)) problems[at('stylist_id')] = 'Pick an active member of the team.'
      else line.stylist_id = stylist.id
    }
    return line
  })
  if (Object.keys(problems).length > 0) throw validationError(problems)
  return lines
}
