/** "Priya Sharma" → "PS", for avatars. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const first = parts[0]?.[0] ?? '?'
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : ''
  return (first + last).toUpperCase()
}

export const ROLE_LABEL = { owner: 'Owner', receptionist: 'Reception', staff: 'Staff' } as const

const ACTIONS: Record<string, string> = {
  'session.login': 'Logged in',
  'session.login_locked': 'Login refused (locked out)',
  'session.owner_unlock': 'Owner unlocked with the recovery passphrase',
  'session.login_throttled': 'Logins for unknown people refused (a burst, recorded once a minute)',
  'session.logout': 'Locked / logged out',
  'session.idle_timeout': 'Locked after idle time',
  'session.replaced': 'Another user logged in',
  'session.window_closed': 'Window closed',
  'session.ended_by_user_change': 'Session ended by a user change',
  'session.setup_owner': 'Set up the salon',
  'customer.create': 'Added a customer',
  'customer.update': 'Edited a customer',
  'customer.read': 'Opened a customer',
  'customer.history': 'Viewed a customer’s history',
  'customer.delete': 'Deleted a customer',
  'customer.restore': 'Restored a customer',
  'customer.erase': 'Erased a customer',
  'customer.export': 'Exported a customer’s data',
  'customers.export_csv': 'Exported all customers',
  'customers.search_name': 'Searched customers by name',
  'customers.search_last4': 'Searched by the last 4 digits of a phone',
  'customers.search_phone': 'Searched by a whole phone number',
  'customers.search_digits': 'Searched with part of a phone number',
  'customers.search_throttled': 'Searching paused: far faster than anyone types (recorded once a pause)',
  'bill.post': 'Posted a bill',
  'bill.refund': 'Refunded a bill',
  'bill.share': 'Shared a bill’s receipt',
  'bill.print': 'Printed a bill',
  'bill.save_pdf': 'Saved a bill as a PDF',
  'gst.export_csv': 'Exported the GST summary',
  'day.close': 'Closed the day',
  'menu.create': 'Added to the menu',
  'menu.update': 'Changed the menu',
  'menu.retire': 'Retired a menu item',
  'draft.save': 'Kept unfinished work (a draft)',
  'draft.discard': 'Discarded a draft',
  'visit.walkin': 'Added a walk-in',
  'visit.appointment': 'Booked an appointment',
  'visit.move': 'Moved an appointment',
  'visit.cancelled': 'Cancelled an appointment',
  'visit.no_show': 'Marked a no-show',
  'visit.checked_in': 'Checked a visitor in',
  'user.create': 'Added a user',
  'user.update': 'Changed a user',
  'settings.update': 'Changed settings',
  'security.recovery_passphrase_set': 'Set the recovery passphrase',
  'backup.run': 'Made a backup',
  'backup.restore': 'Restored a backup',
}

/** An audit action in words ("customer.delete" → "Deleted a customer"); a refused method by its name. */
export function humaniseAction(action: string): string {
  const known = ACTIONS[action]
  if (known) return known
  const words = action.replace(/[._]/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export const PAYMENT_LABEL = { cash: 'Cash', upi: 'UPI', card: 'Card', other: 'Other' } as const
