import type { Store } from '../../db/store'
import { writeView, type WriteStore } from '../../db/store-views'
import type { AuditEvent, AuditTrail } from './audit/audit-trail'

/** What a change records in the audit log; `user_id` defaults to the caller. */
export type ChangeRecord = Omit<AuditEvent, 'user_id'> & { user_id?: string | null }

/** The record of a change, fixed in advance or read off what the change returned (a new id). */
export type Describe<T> = ChangeRecord | ((result: T) => ChangeRecord)

export type Mutate = <T>(work: (w: WriteStore) => T, describe: Describe<T>) => T

/** An action that changes no data but is audited now, in its own transaction (an export, a share). */
export type RecordAction = (record: ChangeRecord) => void

let depth = 0

/** True while a change runs on the mutation path (the proof test checks every write against it). */
export const onMutationPath = (): boolean => depth > 0

/**
 * The one mutation path (ARCHITECTURE rule 12): every change to the data runs here, in one
 * synchronous transaction of the one writer (db/sync/writer.ts), which stamps each changed field
 * with the desk's clock and fills the outbox; the change's audit entry joins the same
 * transaction, so the change, its clocks, its outbox entries and its audit entry commit together
 * or not at all. The write store `w` exists only inside `work`. `work` must not await.
 */
export function mutate<T>(store: Store, audit: AuditTrail, actorId: string | null, work: (w: WriteStore) => T, describe: Describe<T>): T {
  depth++
  try {
    return store.writes.transact(actorId, () => {
      const result = work(writeView(store))
      const record = typeof describe === 'function' ? describe(result) : describe
      audit.change({ ...record, user_id: record.user_id === undefined ? actorId : record.user_id }, store)
      return result
    })
  } finally {
    depth--
  }
}

/** Audits an action that changes no data, now (not buffered like a read): the entry is itself a change. */
export function recordAction(store: Store, audit: AuditTrail, actorId: string | null, record: ChangeRecord): void {
  mutate(store, audit, actorId, () => undefined, record)
}
