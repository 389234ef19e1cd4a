import type { Db } from '../sqlite/connection'
import type { AuditRow } from './audit-log.table'

/** An entry as written: every column, nothing generated. */
export type NewAuditEntry = AuditRow

export type AuditRepository = ReturnType<typeof createAuditRepository>

export function createAuditRepository({ db }: { db: Db }) {
  const { kysely, sync } = db
  return {
    /** Appends entries; call inside a transaction to make them part of it. */
    append(entries: readonly NewAuditEntry[]): void {
      for (const entry of entries) sync.run(kysely.insertInto('audit_log').values(entry))
    },

    /** Newest first, paged by id (ULIDs sort by time), optionally for one customer. */
    page(options: { customerId?: string | undefined; before?: string | undefined; limit: number }): AuditRow[] {
      let query = kysely.selectFrom('audit_log').selectAll()
      if (options.customerId) query = query.where('customer_id', '=', options.customerId)
      if (options.before) query = query.where('id', '<', options.before)
      return sync.all(query.orderBy('id', 'desc').limit(options.limit))
    },
  }
}
