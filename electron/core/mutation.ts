import type { Store } from '../../db/store'
import type { AuditEvent, AuditTrail } from './audit/audit-trail'

/** What a change records in the audit log; `user_id` defaults to the caller. */
export type ChangeRecord = Omit<AuditEvent, 'user_id'> & { user_id?: string | null }

/** The record of a change, fixed in advance or read off what the change returned (a new id). */
export type Describe<T> = ChangeRecord | ((result: T) => ChangeRecord)

export type Mutate = <T>(work: () => T, describe: Describe<T>) => T

let depth = 0

/** True while a change runs on the mutation path (the proof test checks every write against it). */
export const onMutationPath = (): boolean => depth > 0

/**
 * The one mutation path (ARCHITECTURE rule 12): every change to the data runs here, in one
 * synchronous transaction that also writes its audit entry, so the two commit together or not
 * at all. When desks sync (SYNC.md), the change's outbox entry joins this same transaction here,
 * and nowhere else. `work` must not await: the transaction commits before the event loop turns.
 */
export function mutate<T>(store: Store, audit: AuditTrail, actorId: string | null, work: () => T, describe: Describe<T>): T {
  depth++
  try {
    return store.db.sync.transaction(() => {
      const result = work()
      const record = typeof describe === 'function' ? describe(result) : describe
      audit.change({ ...record, user_id: record.user_id === undefined ? actorId : record.user_id }, store)
      return result
    })
  } finally {
    depth--
  }
}
