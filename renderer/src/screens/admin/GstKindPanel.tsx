import { useState, type FormEvent } from 'react'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Panel } from '../../components/bits'
import { TextField } from '../../components/Field'
import { FormError, formErrors } from '../../components/Form'
import { useToast } from '../../components/toasts'
import { formatDate, salonToday } from '../../format/time'
import { useSession } from '../../session/session-context'
import { GST_KIND_CHOICES, GstKindChoice } from '../setup/GstKindChoice'
import type { GstKind } from '../../../../vocabulary'

const DOCUMENTS: Record<GstKind, string> = { regular: 'tax invoices collecting GST', composition: 'bills of supply (composition scheme, no GST)', unregistered: 'plain receipts (no GST)' }

/**
 * The salon's kind under GST, changed from a day on (today or later): bills already posted keep
 * the document they were issued as, and bills take the kind in force on their own day.
 */
export function GstKindPanel() {
  const { settings, setSettings } = useSession()
  const notify = useToast()
  const today = salonToday(settings.time_zone)
  const [kind, setKind] = useState<GstKind>(settings.gst_kind)
  const [from, setFrom] = useState(today)
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const result = await pos('settings.update', { gst_kind: kind, gst_kind_from: from })
    setBusy(false)
    if (!result.ok) return setErrors(formErrors(result.error))
    setErrors({})
    setSettings(result.value)
    notify({ tone: 'success', message: `Saved: from ${from === today ? 'today' : formatDate(from)}, bills are ${DOCUMENTS[kind]}.` })
  }

  return (
    <Panel title="Kind of salon under GST" className="settings-panel">
      <form onSubmit={submit} noValidate className="stack settings-form" aria-label="Kind of salon under GST">
        <FormError message={errors.form} />
        <p>
          In force today: <strong>{GST_KIND_CHOICES[settings.gst_kind].label}</strong>.
        </p>
        {settings.gst_kind_changes.length > 0 ? (
          <ul className="gst-kind-changes">
            {settings.gst_kind_changes.map((change) => (
              <li key={change.effective_from}>
                From {formatDate(change.effective_from)}: {GST_KIND_CHOICES[change.kind].label}
              </li>
            ))}
          </ul>
        ) : null}
        <GstKindChoice value={kind} onChange={setKind} error={errors.gst_kind} name="settings-gst-kind" />
        <div className="grid-2">
          <TextField label="Takes effect from" type="date" min={today} value={from} onChange={(event) => setFrom(event.target.value)} error={errors.gst_kind_from} hint="Today or later. Bills already posted keep their kind." />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Save kind of salon
          </Button>
        </div>
      </form>
    </Panel>
  )
}
