import { openStore, type OpenStoreOptions, type Store } from '../../db/store'
import { WRITE_METHODS } from '../../db/store-views'
import { manualClock, randomKey, tempDbPath } from './temp'

/**
 * For tests that call repositories without the core's API: a copy of the store whose write
 * methods each run as a change of their own through the one writer (transaction, clocks, outbox),
 * as the core's `mutate` would run them, without an audit entry. Nested calls join the change
 * they are in. The store itself is left as it is: the core's handlers never see this copy.
 */
const copies = new WeakMap<Store, Store>()
export function changesByItself<S extends Store>(store: S): S {
  const known = copies.get(store)
  if (known) return known as S
  const copy: Record<string, unknown> = { ...store }
  for (const [repository, methods] of Object.entries(WRITE_METHODS)) {
    const original = store[repository as keyof typeof WRITE_METHODS] as unknown as Record<string, (...args: unknown[]) => unknown>
    const wrapped: Record<string, unknown> = { ...original }
    for (const method of methods) {
      const write = original[method]
      if (typeof write === 'function') wrapped[method] = (...args: unknown[]) => store.writes.transact(null, () => write.apply(wrapped, args))
    }
    copy[repository] = wrapped
  }
  copies.set(store, copy as S)
  return copy as S
}

/** A store opened on a file, whose repositories' writes each run as a change of their own (changesByItself). */
export async function openTestStore(options: OpenStoreOptions): Promise<Store> {
  return changesByItself(await openStore(options))
}

/** A real store on a fresh temp file with a hand-driven clock. */
export async function freshStore(start?: string): Promise<Store & { path: string; key: Uint8Array; clock: ReturnType<typeof manualClock> }> {
  const path = tempDbPath()
  const key = randomKey()
  const clock = manualClock(start)
  const store = await openTestStore({ path, dataKey: key, clock })
  return Object.assign(store, { path, key, clock })
}
