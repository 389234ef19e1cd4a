import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id, isoDate, limit, paise, text } from '../contract/schemas'
import type { Page } from '../contract/result'
import { CASH_DENOMINATIONS, LIMITS } from '../../../vocabulary'
import type { DayClose, DayStatus, DayTakings } from './day-close.shapes'

const count = z.number().int('Counts are whole numbers.').min(0, 'Cannot be negative.').max(100_000, 'Too many.')

export const dayCloseContract = {
  /** Today, the last closed day, and earlier days whose bills nobody closed (flagged at the counter the next morning). */
  'days.status': method({ input: empty, output: returns<DayStatus>() }),
  /** What a day's close would cover (default today): takings by payment method and the cash the drawer gained. */
  'days.takings': method({ input: z.strictObject({ day: isoDate().optional() }), output: returns<DayTakings>() }),
  /**
   * Closes a salon day: its bills by payment method, the cash expected (opening float + cash
   * sales − cash refunds) against the cash counted (as a total, or note by note), and the reason
   * for any difference. A closed day never changes; bills posted after it go to the next close.
   */
  'days.close': method({
    input: z.strictObject({
      day: isoDate(),
      opening_float: paise(),
      counted_cash: paise().optional(),
      denominations: z.partialRecord(z.enum(CASH_DENOMINATIONS), count).optional(),
      reason: text(LIMITS.dayCloseReason).optional(),
    }),
    output: returns<DayClose>(),
    errors: ['CONFLICT'],
  }),
  /** Closed days, newest first; `before` is the `next` of the previous page (a business day). */
  'days.list': method({ input: z.strictObject({ before: isoDate().optional(), limit: limit(100).optional() }), output: returns<Page<DayClose>>() }),
  'days.get': method({ input: z.strictObject({ id: id() }), output: returns<DayClose>(), errors: ['NOT_FOUND'] }),
} as const
