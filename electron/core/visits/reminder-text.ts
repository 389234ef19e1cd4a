import { WEEKDAY_NAMES, weekdayIndex } from '../../../db/settings/opening-hours'

export type ReminderFacts = {
  salonName: string
  firstName: string
  /** The salon day, YYYY-MM-DD. */
  date: string
  /** HH:MM in the salon's zone. */
  time: string
  service: string | null
  stylistName: string | null
  /** The day the reminder is sent, to say "tomorrow" when it is. */
  today: string
  tomorrow: string
}

const dayFirst = (date: string) => date.split('-').reverse().join('/')

/** "14:00" → "2:00 pm", as people say it. */
function spoken(hhmm: string): string {
  const hour = Number(hhmm.slice(0, 2))
  return `${hour % 12 === 0 ? 12 : hour % 12}:${hhmm.slice(3, 5)} ${hour < 12 ? 'am' : 'pm'}`
}

/** A reminder the counter can paste into a message or read out on a call: plain words, dates day first. */
export function reminderText(facts: ReminderFacts): string {
  const weekday = WEEKDAY_NAMES[weekdayIndex(facts.date)]
  const when = facts.date === facts.tomorrow ? `tomorrow, ${weekday} ${dayFirst(facts.date)}` : facts.date === facts.today ? `today, ${dayFirst(facts.date)}` : `on ${weekday} ${dayFirst(facts.date)}`
  const what = facts.service ? ` for ${facts.service}` : ''
  const who = facts.stylistName ? ` with ${facts.stylistName.trim().split(/\s+/)[0]}` : ''
  return `Hello ${facts.firstName}, this is ${facts.salonName}: a reminder of your appointment ${when} at ${spoken(facts.time)}${what}${who}. If you need to change it, reply to this message or call us. See you soon!`
}
