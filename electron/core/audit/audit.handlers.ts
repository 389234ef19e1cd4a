import type { AuditRowWithTargets } from '../../../db/audit/audit.repository'
import { validationError } from '../../../db/errors'
import { addDays, formatInZone, startOfSalonDay } from '../../../db/zoned-time'
import type { HandlersFor } from '../context'
import type { AuditEntry } from './audit.shapes'
import { AUDIT_GROUP_PREFIXES } from './audit-groups'
import { auditNotices } from './audit-notices'
import { SEARCH_RESULTS_TARGET } from '../customers/search-audit'

const DEFAULT_PAGE = 100

/** What an entry touched, in words: the bill's number, the ticket, the user; the rest say it in their action. */
function targetOf(row: AuditRowWithTargets): string | null {
  const shown = SEARCH_RESULTS_TARGET.exec(row.target_id ?? '')
  if (shown) return shown[1] === '0' ? 'nobody shown' : `${shown[1]} shown`
  if (row.bill_number) return `Bill ${row.bill_number}`
  // A bill a restore rolled back: its entry still knows the number it issued.
  if (row.invoice_number) return `Bill ${row.invoice_number}`
  if (row.ticket_number) return `Ticket ${row.ticket_number}`
  // A user acting on themself (logging in, locking) is already named in "who".
  if (row.user_name && row.target_id !== row.user_id) return `User ${row.user_name}`
  return null
}

export const auditHandlers: HandlersFor<'audit.list' | 'audit.notices'> = {
  'audit.notices': auditNotices,

  'audit.list': (ctx, input) => {
    if (input.from && input.to && input.from > input.to) throw validationError({ to: 'The end date is before the start date.' })
    // Reads buffered in the last second belong on the page the owner is looking at.
    ctx.audit.flush()
    const zone = ctx.zone()
    const limit = input.limit ?? DEFAULT_PAGE
    const group = input.group
    const rows = ctx.store.audit.page({
      customerId: input.customer_id,
      userId: input.user_id,
      actionPrefixes: group && group !== 'refused' ? AUDIT_GROUP_PREFIXES[group] : undefined,
      refusedOnly: group === 'refused',
      from: input.from ? startOfSalonDay(input.from, zone).toISOString() : undefined,
      until: input.to ? startOfSalonDay(addDays(input.to, 1), zone).toISOString() : undefined,
      before: input.before,
      limit: limit + 1,
    })
    const page = rows.slice(0, limit)
    const items: AuditEntry[] = page.map((row) => ({
      id: row.id,
      at: formatInZone(row.at, zone),
      user_id: row.user_id,
      action: row.action,
      target_id: row.target_id,
      target: targetOf(row),
      customer_id: row.customer_id,
      customer_name: row.customer_id ? row.customer_name : null,
      outcome: row.outcome,
      carried_over: row.carried_over === 1,
    }))
    return { items, next: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null }
  },
}
