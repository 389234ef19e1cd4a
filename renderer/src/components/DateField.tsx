import { useEffect, useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes } from 'react'
import { parseDayFirst, toDayFirst } from '../format/date-input'
import { TextField } from './Field'

type DateProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The date as ISO (YYYY-MM-DD), or '' for none. */
  value: string
  /** Called with the ISO date once what is typed is a whole date, or '' when cleared. */
  onChange: (iso: string) => void
}

/**
 * What a day-first date box needs: the text as typed (kept while it is not yet a date), the
 * value it reads as, and what is wrong with it once the box is left.
 */
function useDayFirst({ value, onChange, onBlur }: Pick<DateProps, 'value' | 'onChange' | 'onBlur'>) {
  const [text, setText] = useState(() => toDayFirst(value))
  const [problem, setProblem] = useState<string | null>(null)
  // A new value from outside (a reset, a restored draft) replaces what is shown; typing is never overwritten.
  useEffect(() => {
    const parsed = parseDayFirst(text)
    if (!parsed.ok || (parsed.iso ?? '') !== value) {
      setText(toDayFirst(value))
      setProblem(null)
    }
  }, [value])
  const input = {
    inputMode: 'numeric' as const,
    placeholder: 'dd/mm/yyyy',
    autoComplete: 'off',
    maxLength: 10,
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.target.value
      setText(next)
      const parsed = parseDayFirst(next)
      if (parsed.ok) {
        setProblem(null)
        onChange(parsed.iso ?? '')
      }
    },
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      const parsed = parseDayFirst(text)
      setProblem(parsed.ok ? null : parsed.message)
      if (parsed.ok && parsed.iso) setText(toDayFirst(parsed.iso))
      onBlur?.(event)
    },
  }
  return { input, problem }
}

/**
 * A date typed day first (dd/mm/yyyy), whatever the machine's locale (Chromium's own date box
 * shows mm/dd/yyyy): a text box that reads what people type and says plainly when it is not a
 * date, keeping what was typed.
 */
export function DateField({ label, value, onChange, error, hint, onBlur, ...rest }: DateProps & { label: string; error?: string | undefined; hint?: string }) {
  const { input, problem } = useDayFirst({ value, onChange, onBlur })
  return <TextField label={label} {...rest} {...input} hint={hint} error={problem ?? error} />
}

/** The same box without a field around it, for a toolbar; what is wrong shows as its tooltip and to screen readers. */
export function DateInput({ value, onChange, onBlur, className, ...rest }: DateProps) {
  const { input, problem } = useDayFirst({ value, onChange, onBlur })
  return <input className={['input', 'date-input', className ?? ''].filter(Boolean).join(' ')} {...rest} {...input} aria-invalid={problem ? true : undefined} title={problem ?? undefined} />
}
