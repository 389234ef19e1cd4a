import type { ReactNode } from 'react'
import { Icon } from '../components/Icon'
import { formatTime } from '../format/time'

/** "Restored the bill you were building (10:42 am)": a draft came back; `actions` let it go on purpose. */
export function DraftNotice({ what, at, actions }: { what: string; at: string; actions: ReactNode }) {
  return (
    <div className="alert alert-info draft-notice" role="status">
      <Icon name="undo" size={16} />
      <span>
        Restored {what}
        {at ? `, kept at ${formatTime(at)}` : ''}. Nothing is lost until you post, save or discard it.
      </span>
      <span className="draft-notice-actions">{actions}</span>
    </div>
  )
}
