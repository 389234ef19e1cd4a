import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty } from '../contract/schemas'
import type { MyDay, StylistOption, StylistReport } from './stylists.shapes'

export const stylistsContract = {
  /** Who a service line can name: active users, staff first, then by name. */
  'stylists.list': method({ input: empty, output: returns<StylistOption[]>() }),
  /**
   * Per stylist for one salon month: services done, revenue, average bill, returning-customer
   * share and commission due. Computed from the bills' lines on each call (a query: nothing stored or synced).
   */
  'stylists.report': method({
    input: z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use the form YYYY-MM.') }),
    output: returns<StylistReport>(),
  }),
  /** The caller's own services today (any role; each sees only their own). */
  'stylists.myDay': method({ input: empty, output: returns<MyDay>(), polled: true }),
} as const
