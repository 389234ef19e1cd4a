import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id, requiredText, roleSchema, text } from '../contract/schemas'
import type { UserAdmin } from './users.shapes'
import { LIMITS } from '../../../vocabulary'


export const usersContract = {
  'users.list': method({ input: empty, output: returns<UserAdmin[]>() }),
  'users.create': method({
    input: z.strictObject({ name: requiredText(60), role: roleSchema, pin: text(LIMITS.pinAsTyped) }),
    output: returns<UserAdmin>(),
    errors: ['CONFLICT'],
  }),
  /** `unlock: true` clears a lockout (an extension of API.md: the owner's "unlock"). */
  'users.update': method({
    input: z.strictObject({
      id: id(),
      name: requiredText(60).optional(),
      role: roleSchema.optional(),
      pin: text(LIMITS.pinAsTyped).optional(),
      active: z.boolean().optional(),
      unlock: z.literal(true).optional(),
      /** The stylist's commission percentage in basis points (1000 = 10%), for the stylist report. */
      commission_bp: z.number().int('Whole basis points.').min(0, 'Cannot be negative.').max(10_000, 'At most 100%.').optional(),
    }),
    output: returns<UserAdmin>(),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
} as const
