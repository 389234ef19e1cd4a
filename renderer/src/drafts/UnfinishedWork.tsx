import { Icon } from '../components/Icon'
import { formatTime } from '../format/time'
import { useAllDrafts } from './drafts-context'

/**
 * The user's own unfinished work (a bill being built, a customer half added, notes that did not
 * save), so nothing left mid-way is forgotten: one link back to each. Nothing when there is none.
 */
export function UnfinishedWork() {
  const drafts = useAllDrafts()
  if (drafts.length === 0) return null
  return (
    <nav className="unfinished" aria-label="Unfinished work">
      <span className="unfinished-title">
        <Icon name="edit" size={15} /> Unfinished
      </span>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            <a href={draft.meta.href}>{draft.meta.label}</a>
            {draft.updatedAt ? <span className="muted small"> · {formatTime(draft.updatedAt)}</span> : null}
          </li>
        ))}
      </ul>
    </nav>
  )
}
