import { z } from 'zod'
import { method, returns } from '../contract/define'
import { id, limit, paise, requiredText, text } from '../contract/schemas'
import type { MenuItem } from './menu.shapes'
import { LIMITS, MENU_ITEM_KINDS } from '../../../vocabulary'
import type { Exactly } from '../../../vocabulary/type-checks'
import type { MenuItemChanges, NewMenuItem } from '../../../db/menu/menu.repository'

const taxCode = () => z.string().regex(/^(\d{4}|\d{6}|\d{8})$/, 'SAC has 6 digits; HSN 4, 6 or 8.')
const duration = () => z.number().int('Whole minutes.').min(5, 'At least 5 minutes.').max(600, 'At most 10 hours.')
const rate = () =>
  z
    .number()
    .int('Whole basis points.')
    .min(0, 'Cannot be negative.')
    .max(2800, 'At most 28%.')
    .refine((bp) => bp % 2 === 0, 'CGST and SGST must split it evenly.')
const category = () => text(LIMITS.menuCategory).nullable()

export const menuContract = {
  /**
   * The menu, for the bill's picker, the owner's menu screen and (later) appointments: active
   * items only unless `include_retired`; `query` matches part of a name or category, names that
   * start with it first.
   */
  'menu.list': method({
    input: z.strictObject({
      kind: z.enum(MENU_ITEM_KINDS).optional(),
      query: text(40).optional(),
      include_retired: z.boolean().optional(),
      limit: limit(500).optional(),
    }),
    output: returns<MenuItem[]>(),
  }),
  /** Services need a SAC code and a duration; products an HSN code and a rate of their own. */
  'menu.create': method({
    input: z.strictObject({
      kind: z.enum(MENU_ITEM_KINDS),
      name: requiredText(LIMITS.itemName),
      category: category().optional(),
      price: paise(),
      duration_minutes: duration().nullable().optional(),
      tax_code: taxCode(),
      gst_rate_bp: rate().nullable().optional(),
      price_editable: z.boolean().optional(),
    }),
    output: returns<MenuItem>(),
    errors: ['CONFLICT'],
  }),
  /** A new price applies from the next bill: posted bills keep what they charged. `active: false` retires the item. */
  'menu.update': method({
    input: z.strictObject({
      id: id(),
      name: requiredText(LIMITS.itemName).optional(),
      category: category().optional(),
      price: paise().optional(),
      duration_minutes: duration().nullable().optional(),
      tax_code: taxCode().optional(),
      gst_rate_bp: rate().nullable().optional(),
      price_editable: z.boolean().optional(),
      active: z.boolean().optional(),
    }),
    output: returns<MenuItem>(),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
} as const

/** What the owner sends is what the store takes (db/menu/menu.repository.ts). */
const _createIsNewMenuItem: Exactly<z.infer<(typeof menuContract)['menu.create']['input']>, NewMenuItem> = true
const _updateIsMenuItemChanges: Exactly<Omit<z.infer<(typeof menuContract)['menu.update']['input']>, 'id'>, MenuItemChanges> = true
