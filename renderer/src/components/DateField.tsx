import { useEffect, useState, type InputHTMLAttributes } from 'react'
import { parseDayFirst, toDayFirst } from '../format/date-input'
import { TextField } from './Field'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  label: string
  /** The date as ISO (YYYY-MM-DD), or '' for none. */
  value: string
  /** Called with the ISO date once what is typed is a whole date, or '' when cleared. */
  onChange: (iso: string) => void
  error?: string | undefined
  hint?: string
}

/**
 * A date typed day first (dd/mm/yyyy), whatever the machine's locale: a text box that reads
 * what people type and says plainly when it is not a date, keeping what was typed.
 */
export function DateField({ label, value, onChange, error, hint, onBlur, ...input }: Props) {
  const [text, setText] = useState(() => toDayFirst(value))
  const [problem, setProblem] = useState<string | null>(null)
  // A new value from outside (a reset, a restored draft) replaces what is shown.
  useEffect(() => {
    const parsed = parseDayFirst(text)
    if (!parsed.ok || (parsed.iso ?? '') !== value) {
      setText(toDayFirst(value))
      setProblem(null)
    }
    // Only when the value itself changes (not on every keystroke): what is being typed stays.
  }, [value])
  return (
    <TextField
      label={label}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      maxLength={10}
      {...input}
      value={text}
      hint={hint}
      error={problem ?? error}
      onChange={(event) => {
        const next = event.target.value
        setText(next)
        const parsed = parseDayFirst(next)
        if (parsed.ok) {
          setProblem(null)
          onChange(parsed.iso ?? '')
        }
      }}
      onBlur={(event) => {
        const parsed = parseDayFirst(text)
        setProblem(parsed.ok ? null : parsed.message)
        if (parsed.ok && parsed.iso) setText(toDayFirst(parsed.iso))
        onBlur?.(event)
      }}
    />
  )
}
