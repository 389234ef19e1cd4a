import { useEffect, useRef, useState } from 'react'
import type { CustomerDetail } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { Icon } from '../../components/Icon'

type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string }

const AUTOSAVE_MS = 1500

/**
 * Notes edited in place. Saves on a pause in typing, on leaving the box, on Ctrl+Enter or the
 * button; the state is always visible. A failed save keeps the text in the box and offers a retry.
 */
export function NotesEditor({ customer, onSaved }: { customer: CustomerDetail; onSaved: (customer: CustomerDetail) => void }) {
  const [draft, setDraft] = useState(customer.notes ?? '')
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const saved = useRef(customer.notes ?? '')
  const saving = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const draftRef = useRef(draft)
  draftRef.current = draft

  useEffect(() => () => window.clearTimeout(timer.current), [])

  async function save() {
    window.clearTimeout(timer.current)
    const text = draftRef.current
    if (saving.current || text === saved.current) return
    saving.current = true
    setState({ kind: 'saving' })
    const result = await pos('customers.update', { id: customer.id, notes: text.trim() === '' ? null : text })
    saving.current = false
    if (!result.ok) {
      setState({ kind: 'failed', message: result.error.fields?.notes ?? result.error.message })
      return
    }
    saved.current = text
    onSaved(result.value)
    // Typed more while saving: save that too.
    if (draftRef.current !== text) {
      setState({ kind: 'dirty' })
      schedule()
    } else setState({ kind: 'saved' })
  }

  function schedule() {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS)
  }

  return (
    <div className="notes-editor">
      <label htmlFor="customer-notes" className="visually-hidden">
        Notes
      </label>
      <textarea
        id="customer-notes"
        className="input textarea notes-textarea"
        value={draft}
        rows={5}
        placeholder="Preferences, allergies, the stylist they like…"
        onChange={(event) => {
          setDraft(event.target.value)
          setState((current) => (current.kind === 'failed' ? current : { kind: 'dirty' }))
          schedule()
        }}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void save()
          }
        }}
        aria-describedby="notes-state"
        aria-keyshortcuts="Control+Enter"
        maxLength={5000}
      />
      <div className="notes-footer">
        <NotesState state={state} />
        {state.kind === 'failed' ? (
          <Button size="sm" variant="primary" onClick={() => void save()} icon={<Icon name="refresh" size={14} />}>
            Retry
          </Button>
        ) : (
          <Button size="sm" onClick={() => void save()} disabled={state.kind !== 'dirty'} shortcut="Ctrl+Enter">
            Save notes
          </Button>
        )}
      </div>
    </div>
  )
}

function NotesState({ state }: { state: SaveState }) {
  const text: Record<SaveState['kind'], string> = {
    idle: 'Saved automatically as you type.',
    dirty: 'Unsaved changes…',
    saving: 'Saving…',
    saved: 'Saved.',
    failed: '',
  }
  return (
    <div id="notes-state" className={`notes-state notes-state-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved' ? <Icon name="check" size={14} /> : null}
      {state.kind === 'failed' ? (
        <>
          <strong>Not saved.</strong> {state.message} Your text is still here.
        </>
      ) : (
        text[state.kind]
      )}
    </div>
  )
}
