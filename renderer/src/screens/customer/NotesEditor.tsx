import { useEffect, useRef, useState } from 'react'
import type { CustomerDetail } from '../../api/contract'
import { pos } from '../../api/pos'
import { Button } from '../../components/Button'
import { CharCount, overLimitMessage } from '../../components/CharCount'
import { Icon } from '../../components/Icon'
import { useToast } from '../../components/toasts'
import { useDraftStore } from '../../drafts/drafts-context'
import { trackSave } from '../../drafts/pending-saves'
import { formatTime } from '../../format/time'
import { LIMITS } from '../../../../vocabulary'

type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string } | { kind: 'restored'; at: string | null } | { kind: 'too-long' }

const AUTOSAVE_MS = 1500
/** What the core takes (the shared tier's LIMITS.notes: 5,000 characters). */
export const NOTES_LIMIT = LIMITS.notes

const noteDraftKey = (customerId: string) => `note:${customerId}`
const readNote = (body: unknown) => (typeof body === 'string' ? body : null)

/**
 * Notes edited in place. Saves on a pause in typing, on leaving the box, on Ctrl+Enter or the
 * button, and when the page closes (a shortcut, Back, lock): nothing typed is lost. A save
 * that fails keeps the text in the box (or, once the page is gone, as a draft that comes back
 * here) and says so. Text past the limit is refused with a message, never cut.
 */
export function NotesEditor({ customer, onSaved }: { customer: CustomerDetail; onSaved: (customer: CustomerDetail) => void }) {
  const drafts = useDraftStore()
  const notify = useToast()
  const key = noteDraftKey(customer.id)
  const [restored] = useState(() => {
    const found = drafts.get(key)
    const text = found ? readNote(found.body) : null
    return text !== null && text !== (customer.notes ?? '') ? { text, at: found?.updatedAt ?? null } : null
  })
  const [draft, setDraft] = useState(restored?.text ?? customer.notes ?? '')
  const [state, setState] = useState<SaveState>(restored ? { kind: 'restored', at: restored.at } : { kind: 'idle' })
  const saved = useRef(customer.notes ?? '')
  const saving = useRef<Promise<boolean> | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const mounted = useRef(true)
  const draftRef = useRef(draft)
  draftRef.current = draft
  const latest = useRef({ customer, onSaved, notify })
  latest.current = { customer, onSaved, notify }

  /** Sends the text to the core; resolves true once what is in the box is saved. Safe to call after unmount. */
  async function save(): Promise<boolean> {
    window.clearTimeout(timer.current)
    // One save at a time: wait for the one on its way, then see whether more was typed.
    while (saving.current) await saving.current
    const text = draftRef.current
    if (text === saved.current) return true
    if (text.length > NOTES_LIMIT) {
      if (mounted.current) setState({ kind: 'too-long' })
      return false
    }
    const run = (async () => {
      if (mounted.current) setState({ kind: 'saving' })
      const { customer: current } = latest.current
      const result = await pos('customers.update', { id: current.id, notes: text.trim() === '' ? null : text, draft_key: key })
      if (!result.ok) {
        if (mounted.current) setState({ kind: 'failed', message: result.error.fields?.notes ?? result.error.message })
        return false
      }
      saved.current = text
      drafts.forget(key)
      latest.current.onSaved(result.value)
      if (!mounted.current) return true
      // Typed more while saving: save that too.
      if (draftRef.current !== text) {
        setState({ kind: 'dirty' })
        schedule()
      } else setState({ kind: 'saved' })
      return true
    })()
    saving.current = run
    try {
      return await run
    } finally {
      saving.current = null
    }
  }

  function schedule() {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS)
  }

  // Leaving the page with unsaved text (a shortcut, Back, a lock): save it now. If that fails,
  // keep it as a draft that comes back on this page, and say so while the user can still see it.
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      window.clearTimeout(timer.current)
      if (draftRef.current === saved.current) return
      const text = draftRef.current
      const { customer: current, notify: say } = latest.current
      const href = `#/customers/${current.id}`
      void trackSave(
        save().then(async (ok) => {
          if (ok) return
          // Kept in the core at once (not after the usual pause): the page may be reloading.
          drafts.keep(key, { label: `Notes for ${current.full_name}`, href, customerId: current.id }, text)
          await drafts.flush(key)
          const why = text.length > NOTES_LIMIT ? `They are longer than ${NOTES_LIMIT.toLocaleString('en-IN')} characters.` : 'Parlour could not save them just now.'
          say({ tone: 'error', message: `Notes for ${current.full_name} were not saved. ${why} They are kept: open ${current.first_name}’s page to finish.` })
        }),
      )
    }
    // Runs once: the cleanup reads the latest text and customer through refs.
  }, [])

  async function discardRestored() {
    await drafts.discard(key)
    setDraft(saved.current)
    setState({ kind: 'idle' })
  }

  const tooLong = draft.length > NOTES_LIMIT

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
          const text = event.target.value
          setDraft(text)
          if (text.length > NOTES_LIMIT) {
            window.clearTimeout(timer.current)
            setState({ kind: 'too-long' })
            return
          }
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
        aria-describedby="notes-state notes-count"
        aria-invalid={tooLong || undefined}
        aria-keyshortcuts="Control+Enter"
      />
      <div className="notes-footer">
        <NotesState state={state} length={draft.length} />
        <CharCount id="notes-count" length={draft.length} limit={NOTES_LIMIT} />
        {state.kind === 'restored' ? (
          <span className="notes-actions">
            <Button size="sm" variant="ghost" onClick={() => void discardRestored()}>
              Discard
            </Button>
            <Button size="sm" variant="primary" onClick={() => void save()}>
              Save notes
            </Button>
          </span>
        ) : state.kind === 'failed' ? (
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

function NotesState({ state, length }: { state: SaveState; length: number }) {
  const text: Record<Exclude<SaveState['kind'], 'failed' | 'restored' | 'too-long'>, string> = {
    idle: 'Saved automatically as you type.',
    dirty: 'Unsaved changes…',
    saving: 'Saving…',
    saved: 'Saved.',
  }
  return (
    <div id="notes-state" className={`notes-state notes-state-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved' ? <Icon name="check" size={14} /> : null}
      {state.kind === 'failed' ? (
        <>
          <strong>Not saved.</strong> {state.message} Your text is still here.
        </>
      ) : state.kind === 'restored' ? (
        <>
          <strong>Not saved yet.</strong> These notes did not save{state.at ? ` at ${formatTime(state.at)}` : ''}; here they are again.
        </>
      ) : state.kind === 'too-long' ? (
        <>
          <strong>Not saved.</strong> {overLimitMessage('Notes', length, NOTES_LIMIT)}
        </>
      ) : (
        text[state.kind]
      )}
    </div>
  )
}
