import type { AuditNotice } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Icon } from '../../components/Icon'
import { formatDateTime } from '../../format/time'
import { financialYearOf, invoicePrefixWarning } from '../../../../vocabulary/invoice-series'

/** One notice in words: what happened and what it may mean. */
export function noticeText(notice: AuditNotice): string {
  if (notice.kind === 'invoice_prefix_too_long') return invoicePrefixWarning(notice.invoice_prefix, financialYearOf(new Date(notice.at))) ?? ''
  if (notice.kind === 'searches_paused') {
    return `${notice.user_name ?? 'A former user'} searched customers far faster than anyone types, so their searching was paused. A program may have been collecting customers’ details.`
  }
  return 'Many logins for people who are not here were refused. Someone may have been trying the login screen.'
}

/**
 * On the owner's home screen while the last week's audit log holds something they should know
 * (a user paused for searching far faster than anyone types, a burst of logins for nobody), or
 * the invoice prefix is too long: the newest, and the way to the audit log (or the settings).
 */
export function SecurityReminder() {
  const notices = useQuery(() => pos('audit.notices', {}), [])
  if (notices.status !== 'ok' || notices.value.length === 0) return null
  const [newest] = notices.value
  const more = notices.value.length - 1
  return (
    <div className="alert alert-warning security-reminder" role="status">
      <Icon name="shield" size={18} />
      <div className="alert-body">
        {newest?.kind === 'invoice_prefix_too_long' ? null : <strong>{formatDateTime(newest?.at)}: </strong>}
        {newest ? noticeText(newest) : null}
        {more > 0 ? ` And ${more} more this week.` : null}{' '}
        {newest?.kind === 'invoice_prefix_too_long' ? (
          <>
            <a href="#/admin/settings">Change the invoice prefix</a>
            {more > 0 ? (
              <>
                {' · '}
                <a href="#/admin/audit">See the audit log</a>
              </>
            ) : null}
          </>
        ) : (
          <a href="#/admin/audit">See the audit log</a>
        )}
      </div>
    </div>
  )
}

/** Above the owner's audit log: every notice of the last week, each with a way to see that user's activity. */
export function SecurityNotices({ onShowUser }: { onShowUser: (userId: string) => void }) {
  const notices = useQuery(() => pos('audit.notices', {}), [])
  if (notices.status !== 'ok' || notices.value.length === 0) return null
  return (
    <section className="alert alert-warning security-notices" aria-label="Security notices from the last 7 days">
      <Icon name="shield" size={18} />
      <div className="alert-body">
        <p className="strong">Security notices from the last 7 days</p>
        <ul className="security-notice-list">
          {notices.value.map((notice) => (
            <li key={notice.id}>
              {notice.kind === 'invoice_prefix_too_long' ? null : <span className="nowrap strong">{formatDateTime(notice.at)}: </span>}
              {noticeText(notice)}{' '}
              {notice.user_id && notice.user_name ? (
                <Button size="sm" variant="ghost" onClick={() => onShowUser(notice.user_id as string)}>
                  Show {notice.user_name}’s activity
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
