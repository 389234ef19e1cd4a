import { describe, expect, it, vi } from 'vitest'
import { openStore, type Store } from '../../../db/store'
import { freshStore } from '../../../test/helpers/store'
import { createAuditTrail, READ_FLUSH_MS } from './audit-trail'

const actions = (store: Store) => store.audit.page({ limit: 100 }).map((row) => row.action).sort()

describe('audit trail', () => {
  it('keeps reads pending while its store is closed for a swap and writes them into the store that replaces it', async () => {
    const first = await freshStore()
    let current: Store = first
    const errors: unknown[] = []
    const trail = createAuditTrail({ clock: first.clock, currentStore: () => current, onError: (error) => errors.push(error) })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      trail.read({ action: 'customer.read', user_id: null })
      await first.close()
      vi.advanceTimersByTime(READ_FLUSH_MS) // the timer fires while no store is open
      expect(trail.pendingCount()).toBe(1)

      current = await openStore({ path: first.path, dataKey: first.key, clock: first.clock })
      trail.read({ action: 'session.ended_by_restore', user_id: null })
      vi.advanceTimersByTime(READ_FLUSH_MS)
      expect(trail.pendingCount()).toBe(0)
      expect(actions(current)).toEqual(['customer.read', 'session.ended_by_restore'])
      expect(errors).toEqual([])
    } finally {
      vi.useRealTimers()
      await current.close()
    }
  })

  it('keeps a batch the store refused and writes it at the next flush', async () => {
    const store = await freshStore()
    const errors: unknown[] = []
    const trail = createAuditTrail({ clock: store.clock, currentStore: () => store, onError: (error) => errors.push(error) })
    trail.read({ action: 'customer.read', user_id: null })
    const append = vi.spyOn(store.audit, 'append').mockImplementationOnce(() => {
      throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_FULL' })
    })
    trail.flush()
    expect(errors).toHaveLength(1)
    expect(trail.pendingCount()).toBe(1)
    append.mockRestore()
    trail.flush()
    expect(trail.pendingCount()).toBe(0)
    expect(actions(store)).toEqual(['customer.read'])
    await store.close()
  })
})
