import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'

type Common = { label: string; error?: string | undefined; hint?: ReactNode; className?: string; prefix?: string }

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** The control's id (the caller's, or a fresh one) and the ids its hint and error are read by. */
function useFieldIds(givenId: string | undefined) {
  const auto = useId()
  const id = givenId ?? auto
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` }
}

function FieldShell({ id, label, error, hint, className, children, hintId, errorId }: Common & { id: string; children: ReactNode; hintId: string; errorId: string }) {
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="field-error">
          {error}
        </div>
      ) : null}
    </div>
  )
}

export function TextField({ label, error, hint, className, prefix, id: givenId, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId)
  const control = <input id={id} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(hintId, errorId, hint, error)} {...input} />
  return (
    <FieldShell {...{ id, label, error, hint, className, hintId, errorId }}>
      {prefix ? (
        <div className="input-group">
          <span className="input-prefix" aria-hidden="true">
            {prefix}
          </span>
          {control}
        </div>
      ) : (
        control
      )}
    </FieldShell>
  )
}

export function SelectField({ label, error, hint, className, id: givenId, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId)
  return (
    <FieldShell {...{ id, label, error, hint, className, hintId, errorId }}>
      <select id={id} className="input select" aria-invalid={error ? true : undefined} aria-describedby={describedBy(hintId, errorId, hint, error)} {...select}>
        {children}
      </select>
    </FieldShell>
  )
}

export function TextAreaField({ label, error, hint, className, id: givenId, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId } = useFieldIds(givenId)
  return (
    <FieldShell {...{ id, label, error, hint, className, hintId, errorId }}>
      <textarea id={id} className="input textarea" aria-invalid={error ? true : undefined} aria-describedby={describedBy(hintId, errorId, hint, error)} {...area} />
    </FieldShell>
  )
}

export function CheckboxField({ label, hint, id: givenId, ...input }: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId()
  const id = givenId ?? auto
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" className="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="field-hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  )
}
