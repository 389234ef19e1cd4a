import type { NewAuditEntry } from '../../db/audit/audit.repository'
import { toStoredTime } from '../../db/clock'
import type { Store } from '../../db/store'
import type { AuditOutcome } from '../../db/tables/audit-log.table'

export type AuditEvent = {
  action: string
  user_id: string | null
  target_id?: string | null
  customer_id?: string | null
  outcome?: AuditOutcome
}

/** At most this long between a read and its audit entry reaching the disk. */
export const READ_FLUSH_MS = 1000
const READ_BUFFER_MAX = 500

export type AuditTrail = ReturnType<typeof createAuditTrail>

/**
 * The audit log's writer. Changes are audited synchronously, inside the change's own
 * transaction: the entry and the change commit together or not at all. Reads (a customer's
 * detail opened at the counter) are buffered and written in one transaction at most
 * READ_FLUSH_MS later, so a lookup never waits for an fsync; a crash can lose at most the
 * last second of read entries, never a change's entry.
 */
export function createAuditTrail(store: Store, onError: (error: unknown) => void) {
  const pending: NewAuditEntry[] = []
  let timer: NodeJS.Timeout | undefined

  const entry = (event: AuditEvent): NewAuditEntry => ({
    id: store.newId(),
    at: toStoredTime(store.clock()),
    user_id: event.user_id,
    action: event.action,
    target_id: event.target_id ?? event.customer_id ?? null,
    customer_id: event.customer_id ?? null,
    outcome: event.outcome ?? 'ok',
  })

  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    const batch = pending.splice(0)
    try {
      store.db.sync.transaction(() => store.audit.append(batch))
    } catch (error) {
      onError(error)
    }
  }

  return {
    /** Writes now: call inside the transaction of the change being audited. */
    change(event: AuditEvent): void {
      store.audit.append([entry(event)])
    },
    /** Buffers a read (or a refused call) for the next flush. */
    read(event: AuditEvent): void {
      pending.push(entry(event))
      if (pending.length >= READ_BUFFER_MAX) flush()
      else if (!timer) {
        timer = setTimeout(flush, READ_FLUSH_MS)
        timer.unref()
      }
    },
    flush,
    pendingCount: () => pending.length,
  }
}
