import type { CashDenomination, PaymentMethod } from '../../../vocabulary'

// What the day-close methods return, as plain JSON (money in paise, times as ISO-8601 in the salon's zone).

/** One payment method's part of the takings: what sales took, what refunds paid back, the difference. */
export type MethodTakings = { method: PaymentMethod; sales: number; refunds: number; net: number }

/** What the bills of a day to be closed took, and whether it can be closed now. */
export type DayTakings = {
  business_day: string
  /** The end of the previous close (exclusive), or null before the first close. */
  covers_from: string | null
  /** The last moment the close covers: now for today, the day's end for a past day. */
  covers_until: string
  sales_count: number
  refunds_count: number
  sales_total: number
  refunds_total: number
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
export type DayClose = Omit<DayTakings, 'suggested_float' | 'blocker'> & {
  id: string
  closed_at: string
  closed_by: string
  closed_by_name: string | null
  opening_float: number
  /** Opening float + cash sales − cash refunds. */
  expected_cash: number
  counted_cash: number
  /** Counted − expected: positive when the drawer holds more than it should. */
  difference: number
  reason: string | null
  denominations: Partial<Record<CashDenomination, number>> | null
}

/** The counter's view of closing: today, the last closed day, and earlier days with bills nobody closed. */
export type DayStatus = { today: string; last_closed_day: string | null; today_closed: boolean; unclosed_days: string[] }
