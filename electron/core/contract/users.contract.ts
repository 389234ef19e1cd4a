import { z } from 'zod'
import { method, returns } from './define'
import { empty, id, requiredText, roleSchema, text } from './schemas'
import type { UserAdmin } from './shapes'

const owner = ['owner'] as const

export const usersContract = {
  'users.list': method({ input: empty, access: owner, output: returns<UserAdmin[]>() }),
  'users.create': method({
    input: z.strictObject({ name: requiredText(60), role: roleSchema, pin: text(128) }),
    access: owner,
    output: returns<UserAdmin>(),
  }),
  /** `unlock: true` clears a lockout (an extension of API.md: the owner's "unlock"). */
  'users.update': method({
    input: z.strictObject({
      id: id(),
      name: requiredText(60).optional(),
      role: roleSchema.optional(),
      pin: text(128).optional(),
      active: z.boolean().optional(),
      unlock: z.literal(true).optional(),
    }),
    access: owner,
    output: returns<UserAdmin>(),
  }),
} as const
