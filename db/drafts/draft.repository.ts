import { toStoredTime, type Clock } from '../clock'
import type { IdFactory } from '../ids'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { PiiVault } from '../vault/vault'
import type { DraftRow } from './drafts.table'

/** A draft as its owner gets it back: under its key, the payload opened (text the renderer wrote), its time. */
export type Draft = { key: DraftRow['draft_key'] } & Pick<DraftRow, 'customer_id'> & { data: string } & Pick<DraftRow, 'updated_at'>

export type DraftRepository = ReturnType<typeof createDraftRepository>

const PLACE = ['drafts', 'payload'] as const

/**
 * Each user's unfinished work. Every read and write names the user: a draft is never handed to
 * anyone but the user who typed it. Payloads are sealed to their row, so one copied onto another
 * user's row does not open.
 */
export function createDraftRepository({ db, writer, vault, clock, newId }: { db: Db; writer: Writer; vault: PiiVault; clock: Clock; newId: IdFactory }) {
  const { sqlite } = db
  // Prepared on first use, not at open: a store opened at an older schema (tests, restores) has no table yet.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined
    return () => (made ??= make())
  }
  const find = lazy(() => sqlite.prepare<[string, string], Pick<DraftRow, 'id'>>(`SELECT id FROM drafts WHERE user_id = ? AND draft_key = ?`))
  // Drafts are local: written through the writer's unsynced door, so only on the mutation path.
  const insert = () => writer.unsynced.prepare(`INSERT INTO drafts (id, user_id, draft_key, customer_id, payload, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
  const update = () => writer.unsynced.prepare(`UPDATE drafts SET customer_id = ?, payload = ?, updated_at = ? WHERE id = ?`)
  const list = lazy(() =>
    sqlite.prepare<[string], Pick<DraftRow, 'id' | 'draft_key' | 'customer_id' | 'payload' | 'updated_at'>>(
      `SELECT id, draft_key, customer_id, payload, updated_at FROM drafts WHERE user_id = ? ORDER BY updated_at DESC, id DESC`,
    ),
  )
  const remove = () => writer.unsynced.prepare(`DELETE FROM drafts WHERE user_id = ? AND draft_key = ?`)
  const removeForCustomer = () => writer.unsynced.prepare(`DELETE FROM drafts WHERE customer_id = ?`)

  return {
    /** Writes (or replaces) the user's draft under `key`; call inside the mutation path. */
    save(userId: string, key: string, customerId: string | null, data: string): Pick<DraftRow, 'id' | 'updated_at'> {
      const at = toStoredTime(clock())
      const existing = find().get(userId, key)
      const id = existing?.id ?? newId()
      const sealed = vault.encrypt(...PLACE, id, data)
      if (existing) update().run(customerId, sealed, at, id)
      else insert().run(id, userId, key, customerId, sealed, at)
      return { id, updated_at: at }
    },

    /** The user's drafts, newest first. One that no longer opens (tampered, moved) is dropped from the answer and reported. */
    list(userId: string, onUnreadable: (id: string) => void = () => undefined): Draft[] {
      const drafts: Draft[] = []
      for (const row of list().all(userId)) {
        const opened = vault.tryDecrypt(...PLACE, row.id, row.payload)
        if (opened.ok) drafts.push({ key: row.draft_key, customer_id: row.customer_id, data: opened.value, updated_at: row.updated_at })
        else onUnreadable(row.id)
      }
      return drafts
    },

    /** The draft's id when the user has one under `key` (for the audit entry of its removal). */
    idOf(userId: string, key: string): string | null {
      return find().get(userId, key)?.id ?? null
    },

    /** Removes the user's draft under `key` (nothing if there is none); returns whether one went. */
    remove(userId: string, key: string): boolean {
      return remove().run(userId, key).changes > 0
    },

    /** Every user's drafts about one customer (erasure). */
    removeForCustomer(customerId: string): number {
      return removeForCustomer().run(customerId).changes
    },
  }
}
