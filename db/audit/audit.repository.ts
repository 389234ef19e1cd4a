import { sql } from 'kysely'
import { encodeTime } from 'ulid'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { AuditRow, NewAuditRow } from './audit-log.table'

/** An entry as written: every column but the carried-over mark (0 unless a restore carried it). */
export type NewAuditEntry = NewAuditRow

/** An entry with what its ids point at, for people reading the log (never a PII value but names). */
export type AuditRowWithTargets = AuditRow & {
  bill_number: string | null
  ticket_number: string | null
  user_name: string | null
  customer_name: string | null
}

/** An entry with the name of the user who made it. */
export type AuditRowWithUser = AuditRow & { user_name: string | null }

/** The smallest ULID made at `time`: ids sort by time, so `id >= ` this walks the primary key back to `time` and no further. */
const firstIdAt = (time: Date): string => `${encodeTime(time.getTime(), 10)}${'0'.repeat(16)}`

export type AuditPageOptions = {
  customerId?: string | undefined
  userId?: string | undefined
  /** Actions whose name starts with one of these (the core's own constants: no LIKE wildcards in them). */
  actionPrefixes?: readonly string[] | undefined
  /** Only refused calls. */
  refusedOnly?: boolean | undefined
  /** UTC ISO bounds: from ≤ at < until. */
  from?: string | undefined
  until?: string | undefined
  before?: string | undefined
  limit: number
}

export type AuditRepository = ReturnType<typeof createAuditRepository>

export function createAuditRepository({ db, writer }: { db: Db; writer: Writer }) {
  const { kysely, sync } = db
  return {
    /** Appends entries; call inside a transaction to make them part of it. */
    append(entries: readonly NewAuditEntry[]): void {
      for (const entry of entries) writer.insert('audit_log', entry)
    },

    /** How many times a bill was printed or saved as a PDF (index audit_log_bill_prints, migration 0017). */
    printsOf(billId: string): number {
      return sync.prepare(`SELECT count(*) FROM audit_log WHERE target_id = ? AND action IN ('bill.print', 'bill.save_pdf')`).pluck().get(billId) as number
    },

    /** The newest entry's id (ULIDs sort by time), or null for an empty log. */
    newestId(): string | null {
      return sync.get(kysely.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')))?.id ?? null
    },

    /** Every entry after `afterId` (all of them after null), oldest first: what a restore carries over. */
    after(afterId: string | null): AuditRow[] {
      let query = kysely.selectFrom('audit_log').selectAll().orderBy('id')
      if (afterId !== null) query = query.where('id', '>', afterId)
      return sync.all(query)
    },

    /** Writes entries from a replaced database into this one, marked as carried over; ids already here are skipped. */
    carryOver(entries: readonly AuditRow[]): number {
      let carried = 0
      const present = sync.prepare(`SELECT 1 FROM audit_log WHERE id = ?`)
      for (const entry of entries) {
        if (present.get(entry.id) !== undefined) continue
        writer.insert('audit_log', { ...entry, carried_over: 1 })
        carried++
      }
      return carried
    },

    /** Entries with one of `actions` made since `since`, newest first, each with its user's name. */
    recentWithActions(actions: readonly string[], since: Date, limit: number): AuditRowWithUser[] {
      if (actions.length === 0) return []
      return sync.all(
        kysely
          .selectFrom('audit_log as a')
          .leftJoin('users as u', 'u.id', 'a.user_id')
          .selectAll('a')
          .select('u.name as user_name')
          .where('a.id', '>=', firstIdAt(since))
          .where('a.action', 'in', actions)
          .orderBy('a.id', 'desc')
          .limit(limit),
      )
    },

    /**
     * Newest first, paged by id (ULIDs sort by time), filtered as asked, each with the number,
     * ticket or name of what it touched (looked up by primary key, so a page costs a page).
     */
    page(options: AuditPageOptions): AuditRowWithTargets[] {
      let query = kysely
        .selectFrom('audit_log as a')
        .leftJoin('bills as b', 'b.id', 'a.target_id')
        .leftJoin('visits as v', 'v.id', 'a.target_id')
        .leftJoin('users as u', 'u.id', 'a.target_id')
        .leftJoin('customers as c', 'c.id', 'a.customer_id')
        .select([
          'a.id',
          'a.at',
          'a.user_id',
          'a.action',
          'a.target_id',
          'a.customer_id',
          'a.outcome',
          'a.carried_over',
          'a.invoice_number',
          'b.invoice_number as bill_number',
          'v.ticket_number as ticket_number',
          'u.name as user_name',
          sql<string | null>`c.first_name || coalesce(' ' || c.last_name, '')`.as('customer_name'),
        ])
      if (options.customerId) query = query.where('a.customer_id', '=', options.customerId)
      if (options.userId) query = query.where('a.user_id', '=', options.userId)
      const prefixes = options.actionPrefixes ?? []
      if (prefixes.length > 0) query = query.where((eb) => eb.or(prefixes.map((prefix) => eb('a.action', 'like', `${prefix}%`))))
      if (options.refusedOnly) query = query.where('a.outcome', '=', 'denied')
      if (options.from) query = query.where('a.at', '>=', options.from)
      if (options.until) query = query.where('a.at', '<', options.until)
      if (options.before) query = query.where('a.id', '<', options.before)
      return sync.all(query.orderBy('a.id', 'desc').limit(options.limit))
    },
  }
}
