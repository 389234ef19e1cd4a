import { openStore, type Store } from '../../db/store'
import { manualClock, randomKey, tempDbPath } from './temp'

/** A real store on a fresh temp file with a hand-driven clock. */
export async function freshStore(start?: string): Promise<Store & { path: string; key: Uint8Array; clock: ReturnType<typeof manualClock> }> {
  const path = tempDbPath()
  const key = randomKey()
  const clock = manualClock(start)
  const store = await openStore({ path, dataKey: key, clock })
  return Object.assign(store, { path, key, clock })
}
