import type { Draft } from '../api/contract'
import { pos } from '../api/pos'
import { trackSave } from './pending-saves'

/**
 * Where drafts live, and why: in the core (`drafts.*`, a local table sealed by the vault, per
 * user), not only in this window's memory. Memory would survive a change of screen and a lock,
 * but not a reload, a crash or a power cut, and it would keep a customer's details in the
 * renderer while the screen is locked. So this store holds the logged-in user's drafts for the
 * shell's lifetime (it goes with the shell at lock) and writes each change through to the core
 * shortly after typing pauses, at once when the shell closes (lock) or the page is hidden.
 */

/** What a draft carries besides the screen's own data: how to name it and where to reopen it. */
export type DraftMeta = { label: string; href: string; customerId?: string | undefined }
type Envelope = { v: 1; meta: DraftMeta; body: unknown }
export type KeptDraft = { key: string; meta: DraftMeta; body: unknown; updatedAt: string | null }

const SAVE_AFTER_MS = 700

function open(draft: Draft): KeptDraft | null {
  try {
    const parsed = JSON.parse(draft.data) as Partial<Envelope>
    if (parsed.v !== 1 || !parsed.meta || typeof parsed.meta.label !== 'string' || typeof parsed.meta.href !== 'string') return null
    return { key: draft.key, meta: parsed.meta, body: parsed.body, updatedAt: draft.updated_at }
  } catch {
    return null
  }
}

export type SaveFailure = (key: string, message: string) => void

export class DraftStore {
  private readonly drafts = new Map<string, KeptDraft>()
  private readonly timers = new Map<string, number>()
  private readonly listeners = new Set<() => void>()
  private closed = false
  private snapshot: KeptDraft[] = []

  constructor(
    loaded: Draft[],
    private readonly onFailure: SaveFailure,
  ) {
    for (const draft of loaded) {
      const kept = open(draft)
      if (kept) this.drafts.set(kept.key, kept)
    }
    this.refresh()
  }

  get(key: string): KeptDraft | undefined {
    return this.drafts.get(key)
  }

  /** Every draft, newest first (for "unfinished work"). */
  all = (): KeptDraft[] => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Keeps `body` under `key`: at once here, in the core after a pause (at once once closed). */
  keep(key: string, meta: DraftMeta, body: unknown): void {
    const current = this.drafts.get(key)
    // The same draft again (a screen reopened on it): nothing new to write.
    if (current && !this.timers.has(key) && JSON.stringify([current.meta, current.body]) === JSON.stringify([meta, body])) return
    this.drafts.set(key, { key, meta, body, updatedAt: current?.updatedAt ?? null })
    this.refresh()
    if (this.closed) return void this.send(key)
    window.clearTimeout(this.timers.get(key))
    this.timers.set(
      key,
      window.setTimeout(() => void this.send(key), SAVE_AFTER_MS),
    )
  }

  /** Throws the draft away on purpose, here and in the core. */
  discard(key: string): Promise<void> {
    const had = this.drafts.delete(key)
    this.cancel(key)
    this.refresh()
    if (!had) return Promise.resolve()
    return trackSave(pos('drafts.discard', { key }).then(() => undefined))
  }

  /** The core already ended the draft (posted or saved with its `draft_key`): forget it here. */
  forget(key: string): void {
    this.drafts.delete(key)
    this.cancel(key)
    this.refresh()
  }

  /** Sends the draft now if a save is waiting. */
  flush(key: string): Promise<void> {
    return this.timers.has(key) ? this.send(key) : Promise.resolve()
  }

  /** Every waiting save, now. */
  flushAll(): void {
    for (const key of [...this.timers.keys()]) void this.send(key)
  }

  /** The shell is closing (lock, logout): send what waits; later keeps go straight to the core. */
  close(): void {
    this.closed = true
    this.flushAll()
  }

  private cancel(key: string): void {
    window.clearTimeout(this.timers.get(key))
    this.timers.delete(key)
  }

  private send(key: string): Promise<void> {
    this.cancel(key)
    const draft = this.drafts.get(key)
    if (!draft) return Promise.resolve()
    const data = JSON.stringify({ v: 1, meta: draft.meta, body: draft.body } satisfies Envelope)
    return trackSave(
      pos('drafts.save', { key, data, ...(draft.meta.customerId ? { customer_id: draft.meta.customerId } : {}) }).then((result) => {
        if (result.ok) {
          const current = this.drafts.get(key)
          if (current) current.updatedAt = result.value.updated_at
        } else if (result.error.code !== 'UNAUTHENTICATED') this.onFailure(key, result.error.message)
      }),
    )
  }

  private refresh(): void {
    this.snapshot = [...this.drafts.values()].reverse()
    for (const listener of this.listeners) listener()
  }
}
