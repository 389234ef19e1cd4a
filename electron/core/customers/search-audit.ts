import type { PhoneQuery } from '../../../db/customers/phone'

/**
 * What the audit log says about a search: how the search read the query and how many customers
 * it showed, never the query. The log is not encrypted, so neither the digits typed nor any part
 * of a name goes in: a name fragment says whom the receptionist looked for as surely as the
 * digits do, and the log keeps ids and actions only (audit-log.table.ts).
 */
export const SEARCH_ACTIONS: Readonly<Record<PhoneQuery['kind'], string>> = {
  'not-phone': 'customers.search_name',
  last4: 'customers.search_last4',
  full: 'customers.search_phone',
  // 5 to 9 digits, or digits that cannot be a mobile: nothing is looked up, nothing shown.
  'partial-digits': 'customers.search_digits',
}

/** One entry per pause, not per refused search (search-pace.ts). */
export const SEARCH_PAUSED_ACTION = 'customers.search_throttled'

/** A search entry's target: how many customers it showed (`results:3`). */
export const searchResultsTarget = (count: number): string => `results:${count}`
export const SEARCH_RESULTS_TARGET = /^results:(\d+)$/

/** "30 seconds", "2 minutes": how long a pause lasts, for the receptionist. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minutes`
}

export const searchPausedMessage = (seconds: number): string =>
  `Searching is paused for ${waitInWords(seconds)}: far more searches came from here than anyone types. Wait, then search again.`
