import { financialYear } from '../../../db/numbering/numbering'
import { formatInZone } from '../../../db/zoned-time'
import { invoicePrefixProblem } from '../../../vocabulary/invoice-series'
import type { Handler } from '../context'
import { SEARCH_PAUSED_ACTION } from '../customers/search-audit'
import { UNKNOWN_LOGINS_THROTTLED_ACTION } from '../session/unknown-logins'
import type { AuditNotice } from './audit.shapes'

/** How far back the owner's notices go: a week covers an owner who looks in once a week. */
export const NOTICE_DAYS = 7
const MOST_NOTICES = 20

const KIND_OF: Readonly<Record<string, 'searches_paused' | 'logins_refused'>> = {
  [SEARCH_PAUSED_ACTION]: 'searches_paused',
  [UNKNOWN_LOGINS_THROTTLED_ACTION]: 'logins_refused',
}

/**
 * What the owner is told about, newest first: the audit entries (one per pause or burst, never
 * one per refused call), after an invoice prefix that breaks the series rule, while it does.
 */
export const auditNotices: Handler<'audit.notices'> = (ctx) => {
  // An entry buffered a moment ago belongs in what the owner is looking at.
  ctx.audit.flush()
  const zone = ctx.zone()
  const now = ctx.clock()
  const { invoice_prefix: prefix } = ctx.store.settings.get()
  const settings: AuditNotice[] = invoicePrefixProblem(prefix, financialYear(now, zone))
    ? [{ id: 'invoice-prefix', at: formatInZone(now, zone), kind: 'invoice_prefix_too_long', user_id: null, user_name: null, invoice_prefix: prefix }]
    : []
  const since = new Date(now.getTime() - NOTICE_DAYS * 86_400_000)
  const logged = ctx.store.audit.recentWithActions(Object.keys(KIND_OF), since, MOST_NOTICES - settings.length).map(
    (row): AuditNotice => ({
      id: row.id,
      at: formatInZone(row.at, zone),
      kind: KIND_OF[row.action] as 'searches_paused' | 'logins_refused',
      user_id: row.user_id,
      user_name: row.user_id ? row.user_name : null,
    }),
  )
  return [...settings, ...logged]
}
