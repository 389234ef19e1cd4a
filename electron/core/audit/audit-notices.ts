import { formatInZone } from '../../../db/zoned-time'
import type { Handler } from '../context'
import { SEARCH_PAUSED_ACTION } from '../customers/search-audit'
import { UNKNOWN_LOGINS_THROTTLED_ACTION } from '../session/unknown-logins'
import type { AuditNotice } from './audit.shapes'

/** How far back the owner's notices go: a week covers an owner who looks in once a week. */
export const NOTICE_DAYS = 7
const MOST_NOTICES = 20

const KIND_OF: Readonly<Record<string, AuditNotice['kind']>> = {
  [SEARCH_PAUSED_ACTION]: 'searches_paused',
  [UNKNOWN_LOGINS_THROTTLED_ACTION]: 'logins_refused',
}

/** The audit entries the owner is told about, newest first: one per pause or burst, never one per refused call. */
export const auditNotices: Handler<'audit.notices'> = (ctx) => {
  // An entry buffered a moment ago belongs in what the owner is looking at.
  ctx.audit.flush()
  const zone = ctx.zone()
  const since = new Date(ctx.clock().getTime() - NOTICE_DAYS * 86_400_000)
  return ctx.store.audit.recentWithActions(Object.keys(KIND_OF), since, MOST_NOTICES).map((row) => ({
    id: row.id,
    at: formatInZone(row.at, zone),
    kind: KIND_OF[row.action] as AuditNotice['kind'],
    user_id: row.user_id,
    user_name: row.user_id ? row.user_name : null,
  }))
}
