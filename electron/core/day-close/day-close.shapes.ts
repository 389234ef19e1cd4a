import type { CashDenomination } from '../../../vocabulary'
import type { DayCloseRecord } from '../../../db/day-close/day-close.repository'
import type { DayCloseRow, DayCloseTakingsRow } from '../../../db/day-close/day-close.table'

// What the day-close methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).
// What a close stores is declared once, in db/day-close/day-close.table.ts, and picked from there.

/** One payment method's part of the takings: what sales took, what refunds paid back, the difference. */
export type MethodTakings = Omit<DayCloseTakingsRow, 'close_id'> & { net: number }

/**
 * What the bills of a day to be closed took, and whether it can be closed now. The close would
 * cover until now for today, until the day's end for a past day.
 */
export type DayTakings = Pick<DayCloseRow, 'business_day' | 'covers_from' | 'covers_until' | 'sales_count' | 'refunds_count' | 'sales_total' | 'refunds_total'> & {
  net: number
  by_method: MethodTakings[]
  /** Cash sales less cash refunds: what the drawer gained. */
  cash_net: number
  /** The float the last close started with: the usual one. */
  suggested_float: number
  /** Why the day cannot be closed now (an earlier day is open, it is closed already, it is in the future), or null. */
  blocker: string | null
}

/** A closed day: what it took, the cash expected against the cash counted, and why they differ. Never changed. */
export type DayClose = Omit<DayTakings, 'suggested_float' | 'blocker'> &
  Pick<DayCloseRecord, 'id' | 'closed_at' | 'closed_by' | 'closed_by_name' | 'opening_float' | 'expected_cash' | 'counted_cash' | 'difference' | 'reason'> & {
    denominations: Partial<Record<CashDenomination, number>> | null
  }

/** The counter's view of closing: today, the last closed day, and earlier days with bills nobody closed. */
export type DayStatus = { today: string; last_closed_day: string | null; today_closed: boolean; unclosed_days: string[] }
