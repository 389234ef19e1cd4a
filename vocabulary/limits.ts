/**
 * How long or how large a value may be, declared once: the contract's schemas refuse past these,
 * the data layer checks them, and the screens count characters and cap fields with the same
 * numbers. Lengths are in characters (UTF-16 code units, as `String.length` counts them).
 */
export const LIMITS = {
  /** A customer's first or last name. */
  customerName: 100,
  /** An email address (RFC 5321's path limit). */
  email: 254,
  gender: 40,
  /** A customer's notes ("Prefers Sarah for haircuts. Allergic to certain products."). */
  notes: 5000,
  /** A phone as typed, in any format, before it is read. */
  phoneAsTyped: 32,
  /** A bill line's name, and a menu item's. */
  itemName: 80,
  /** A menu item's category ("Hair", "Skin"). */
  menuCategory: 40,
  /** Why a bill was refunded, or a customer erased: kept on the record. */
  reason: 200,
  /** Why the counted cash differs from the takings at the day's close. */
  dayCloseReason: 300,
  /** What the counter's search reads of a query. */
  searchQuery: 100,
  /** The most customers one search answers: the counter's list, a longer one is for no person. */
  searchResults: 20,
  /** A PIN or an owner's passphrase as typed at the login pad. */
  pinAsTyped: 128,
  /** The largest amount any one field takes, in paise: ₹1 crore. */
  amountPaise: 1_000_000_000,
} as const
