import type { CashDenomination } from '../../api/contract'
import { TextField } from '../../components/Field'
import { formatPaise } from '../../format/money'
import { CASH_DENOMINATIONS } from '../../../../vocabulary'

export type Counts = Partial<Record<CashDenomination, string>>

/** Notes and coins counted, in paise; null while a count is not a whole number. */
export function countedPaise(counts: Counts): number | null {
  let total = 0
  for (const note of CASH_DENOMINATIONS) {
    const typed = (counts[note] ?? '').trim()
    if (typed === '') continue
    if (!/^\d{1,6}$/.test(typed)) return null
    total += Number(note) * 100 * Number(typed)
  }
  return total
}

/** The drawer counted note by note: a count per note and coin, with what each adds up to. */
export function CashCount({ counts, onChange }: { counts: Counts; onChange: (counts: Counts) => void }) {
  return (
    <div className="cash-count" role="group" aria-label="Notes and coins counted">
      {CASH_DENOMINATIONS.map((note) => {
        const typed = counts[note] ?? ''
        const valid = /^\d{0,6}$/.test(typed.trim())
        return (
          <div className="cash-count-row" key={note}>
            <TextField
              label={`₹${Number(note).toLocaleString('en-IN')} ${Number(note) >= 10 ? 'notes' : 'coins'}`}
              inputMode="numeric"
              value={typed}
              onChange={(event) => onChange({ ...counts, [note]: event.target.value })}
              error={valid ? undefined : 'A whole number of notes.'}
            />
            <span className="muted num">{valid && typed.trim() ? formatPaise(Number(note) * 100 * Number(typed)) : ''}</span>
          </div>
        )
      })}
    </div>
  )
}
