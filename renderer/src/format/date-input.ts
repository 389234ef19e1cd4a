/**
 * Dates as people in India write them: day first. Shown as dd/mm/yyyy and read from what was
 * typed (24/11/2026, 24-11-2026, 24.11.2026, 24 11 2026, 24/11/26), never from the machine's
 * locale, which in Chromium makes <input type="date"> show mm/dd/yyyy.
 */

const TYPED = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{2}|\d{4})$/

/** "2026-11-24" → "24/11/2026"; '' for no date. */
export function toDayFirst(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  return m ? `${m[3]}/${m[2]}/${m[1]}` : ''
}

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; message: string }

/**
 * What was typed, as an ISO date: null for nothing typed. Two-digit years are this century's.
 * An impossible date (31/02/2026) is refused, with the form to use.
 */
export function parseDayFirst(text: string): ParsedDate {
  const typed = text.trim()
  if (typed === '') return { ok: true, iso: null }
  const m = TYPED.exec(typed)
  if (!m) return { ok: false, message: 'Use dd/mm/yyyy, for example 24/11/2026.' }
  const day = Number(m[1])
  const month = Number(m[2])
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: 'That date does not exist.' }
  }
  return { ok: true, iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
}
