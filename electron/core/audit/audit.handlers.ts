import { formatInZone } from '../../../db/zoned-time'
import type { HandlersFor } from '../context'

const DEFAULT_PAGE = 100

export const auditHandlers: HandlersFor<'audit.list'> = {
  'audit.list': (ctx, input) => {
    // Reads buffered in the last second belong on the page the owner is looking at.
    ctx.audit.flush()
    const limit = input.limit ?? DEFAULT_PAGE
    const rows = ctx.store.audit.page({ customerId: input.customer_id, before: input.before, limit: limit + 1 })
    const page = rows.slice(0, limit)
    const zone = ctx.zone()
    return {
      items: page.map((row) => ({ ...row, at: formatInZone(row.at, zone) })),
      next: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    }
  },
}
