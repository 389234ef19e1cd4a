import type { Reminder } from '../../api/contract'

/**
 * HOOK for sending a reminder from the list of tomorrow's bookings, beside "Copy text". The
 * invoice work adds the shell port that opens a wa.me link (wa.me/<phone digits>?text=<text>);
 * it registers its action here and the reminders list shows one button per action. Nothing is
 * registered yet: the list offers the copy button and the phone number to call.
 */
export type ReminderShareAction = {
  /** The button's words, e.g. "Send on WhatsApp". */
  label: string
  /** Whether this reminder can be sent this way (a phone number is needed for a wa.me link). */
  available: (reminder: Reminder) => boolean
  send: (reminder: Reminder) => Promise<void>
}

export const REMINDER_SHARE_ACTIONS: ReminderShareAction[] = []
