import type { NewAuditEntry } from '../../../db/audit/audit.repository'
import { toStoredTime, type Clock } from '../../../db/clock'
import { createIdFactory } from '../../../db/ids'
import type { Store } from '../../../db/store'
import type { AuditRow } from '../../../db/audit/audit-log.table'

/** What a change or a read records: the entry's own fields; the trail adds its id and time (outcome 'ok' unless said). */
export type AuditEvent = Pick<AuditRow, 'action' | 'user_id'> & Partial<Pick<AuditRow, 'target_id' | 'customer_id' | 'outcome' | 'invoice_number'>>

/** At most this long between a read and its audit entry reaching the disk. */
export const READ_FLUSH_MS = 1000
const READ_BUFFER_MAX = 500
/** Entries kept for a store that cannot take them (closed for a swap, disk full) before the oldest are given up. */
const PENDING_MAX = 50_000

export type AuditTrail = ReturnType<typeof createAuditTrail>

/**
 * The audit log's writer, one per core for its whole life: it writes into whichever store is
 * open now, so a restore that swaps the database carries what is pending over instead of
 * dropping it. Changes are audited synchronously, inside the change's own transaction: the
 * entry and the change commit together or not at all. Reads (a customer's detail opened at the
 * counter) are buffered and written in one transaction at most READ_FLUSH_MS later, so a lookup
 * never waits for an fsync; a crash can lose at most the last second of read entries, never a
 * change's entry. While no store is open (locked, mid-swap) or the store refuses the write,
 * entries stay pending and go in with the next flush.
 */
export function createAuditTrail(options: { clock: Clock; currentStore: () => Store | null; onError: (error: unknown) => void }) {
  const { clock, currentStore, onError } = options
  const newId = createIdFactory(clock)
  const pending: NewAuditEntry[] = []
  let timer: NodeJS.Timeout | undefined
  let holds = 0

  const entry = (event: AuditEvent): NewAuditEntry => ({
    id: newId(),
    at: toStoredTime(clock()),
    user_id: event.user_id,
    action: event.action,
    target_id: event.target_id ?? event.customer_id ?? null,
    customer_id: event.customer_id ?? null,
    outcome: event.outcome ?? 'ok',
    invoice_number: event.invoice_number ?? null,
  })

  const schedule = () => {
    if (timer || pending.length === 0) return
    timer = setTimeout(flush, READ_FLUSH_MS)
    timer.unref()
  }

  function flush(): void {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0 || holds > 0) return
    const store = currentStore()
    // A store being swapped is closed for a moment: the entries wait for the one that replaces it.
    if (!store?.db.sqlite.open) return
    const batch = pending.splice(0)
    try {
      store.writes.transact(null, () => store.audit.append(batch))
    } catch (error) {
      onError(error)
      pending.unshift(...batch)
      if (pending.length > PENDING_MAX) pending.splice(0, pending.length - PENDING_MAX)
      schedule()
    }
  }

  return {
    /** Writes now, into `store`: only the mutation path calls this, inside the change's own transaction. */
    change(event: AuditEvent, store: Store): void {
      store.audit.append([entry(event)])
    },
    /** Buffers a read (or a refused call) for the next flush. */
    read(event: AuditEvent): void {
      pending.push(entry(event))
      if (pending.length >= READ_BUFFER_MAX) flush()
      else schedule()
    },
    flush,
    /**
     * Keeps entries pending (no flush) until the returned release is called: a restore holds
     * them while it checks the backup on a worker, so they go into the log that is live after
     * the swap, not into the file it sets aside.
     */
    hold(): () => void {
      holds++
      let released = false
      return () => {
        if (released) return
        released = true
        holds--
        schedule()
      }
    },
    pendingCount: () => pending.length,
  }
}
