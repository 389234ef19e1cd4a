import { GST_KINDS, type GstKind } from '../../../../vocabulary'

/** What each kind means at the counter, in the owner's words. */
export const GST_KIND_CHOICES: Record<GstKind, { label: string; hint: string }> = {
  regular: { label: 'GST registered (regular)', hint: 'Bills are tax invoices and collect CGST and SGST. Needs your GSTIN, legal name, address and state.' },
  composition: {
    label: 'Composition scheme',
    hint: 'Bills are bills of supply and collect no GST; you pay tax on turnover each quarter (CMP-08). Needs your GSTIN, legal name, address and state.',
  },
  unregistered: { label: 'Not registered under GST', hint: 'Bills are plain receipts and collect no GST. Nothing more to fill in.' },
}

/** The kind of salon under GST, as three radio buttons (arrow keys move between them). */
export function GstKindChoice({ value, onChange, error, name = 'gst-kind' }: { value: GstKind; onChange: (kind: GstKind) => void; error?: string | undefined; name?: string }) {
  return (
    <div className="field gst-kind-choice" role="radiogroup" aria-label="Kind of salon under GST">
      <div className="field-label">Kind of salon under GST</div>
      {GST_KINDS.map((kind) => (
        // The label names the choice; the hint describes it (aria-describedby), so the name stays short.
        <div key={kind} className={`gst-kind-option ${value === kind ? 'is-selected' : ''}`}>
          <input id={`${name}-${kind}`} type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} aria-describedby={`${name}-${kind}-hint`} />
          <span>
            <label htmlFor={`${name}-${kind}`} className="gst-kind-label">
              {GST_KIND_CHOICES[kind].label}
            </label>
            <span id={`${name}-${kind}-hint`} className="field-hint">
              {GST_KIND_CHOICES[kind].hint}
            </span>
          </span>
        </div>
      ))}
      {error ? <div className="field-error">{error}</div> : null}
    </div>
  )
}
