import { randomBytes } from 'node:crypto'
import { DATA_KEY_BYTES } from '../../../db/vault/vault'

/**
 * The port through which the core gets its data key. In the desktop app it is the OS key store
 * (os-key-store.ts over Electron's safeStorage); tests, tools and the benchmark hand the core a
 * key directly (givenKey). The core decides what to do with what the port says; the port never
 * decides on its own to make, replace or weaken a key.
 */

/** Why the OS key store cannot be trusted with the data key (AppStatus reasons). */
export type WeakKeyStoreReason = 'weak-key-store' | 'key-store-unavailable'
export type KeyStoreStrength = { usable: true; backend: string } | { usable: false; reason: WeakKeyStoreReason; backend: string }

export type LoadedKey =
  | { found: 'key'; key: Uint8Array }
  /** No key file: a first run, or a database whose key was never stored on this computer. */
  | { found: 'nothing' }
  /** A key file exists but this computer's key store cannot open it now. */
  | { found: 'locked'; reason: WeakKeyStoreReason | 'key-store-changed' }

export type DataKeyStore = {
  strength(): Promise<KeyStoreStrength>
  load(): Promise<LoadedKey>
  /** Stores the key wrapped by the OS key store. Refuses (false) when that store is weak or unavailable. */
  save(key: Uint8Array): Promise<boolean>
}

export const newDataKey = (): Uint8Array => new Uint8Array(randomBytes(DATA_KEY_BYTES))

/**
 * A key handed over by the caller (`openCore({ dataKey })`). A restore of a backup written with
 * another key "saves" the new key by telling `onChange`, so the caller can keep it.
 */
export function givenKey(key: Uint8Array, onChange?: (key: Uint8Array) => Promise<void> | void): DataKeyStore {
  let current = Uint8Array.from(key)
  return {
    strength: async () => ({ usable: true, backend: 'given' }),
    load: async () => ({ found: 'key', key: current }),
    save: async (next) => {
      current = Uint8Array.from(next)
      await onChange?.(Uint8Array.from(next))
      return true
    },
  }
}
