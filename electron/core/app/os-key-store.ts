import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { DATA_KEY_BYTES } from '../../../db/vault/vault'
import type { DataKeyStore, KeyStoreStrength } from './key-store-port'

/** `safeStorage`'s async API (Electron 45), as the key store uses it: the shell hands over the real one. */
export interface SafeStoragePort {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>
  getSelectedStorageBackend(): string
}

/** What the key file holds: the wrapped key and which key store wrapped it. Never the key itself. */
type KeyFile = { version: 1; platform: string; backend: string; wrapped_key: string; saved_at: string }

/**
 * The data key kept in the user-data folder, wrapped by Electron's `safeStorage` (Keychain,
 * DPAPI, libsecret/kwallet). On Linux, `basic_text` means Chromium fell back to a password
 * hard-coded in its source: that is no protection, so this store refuses it, as it refuses an
 * unavailable store and a backend that differs from the one that wrapped the key. It never
 * stores the key weakly and never makes a new one on its own: the caller decides (ARCHITECTURE).
 */
export function createDataKeyStore(options: {
  safeStorage: SafeStoragePort
  platform: NodeJS.Platform
  file: string
  now?: () => Date
  onWarning?: (message: string) => void
}): DataKeyStore {
  const { safeStorage, platform, file } = options
  const now = options.now ?? (() => new Date())
  const warn = options.onWarning ?? (() => undefined)

  async function strength(): Promise<KeyStoreStrength> {
    let available = false
    try {
      available = await safeStorage.isAsyncEncryptionAvailable()
    } catch {
      available = false
    }
    if (!available) return { usable: false, reason: 'key-store-unavailable', backend: 'unavailable' }
    if (platform !== 'linux') return { usable: true, backend: platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : platform }
    const backend = safeStorage.getSelectedStorageBackend()
    // `unknown` is only reported before the app is ready; treat it as nothing to rely on.
    if (backend === 'basic_text' || backend === 'unknown') return { usable: false, reason: 'weak-key-store', backend }
    return { usable: true, backend }
  }

  async function wrap(key: Uint8Array, backend: string): Promise<KeyFile> {
    const wrapped = await safeStorage.encryptStringAsync(Buffer.from(key).toString('base64'))
    return { version: 1, platform, backend, wrapped_key: wrapped.toString('base64'), saved_at: now().toISOString() }
  }

  async function unwrap(record: KeyFile): Promise<{ key: Uint8Array; shouldReEncrypt: boolean } | null> {
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(record.wrapped_key, 'base64'))
      const key = new Uint8Array(Buffer.from(result, 'base64'))
      return key.length === DATA_KEY_BYTES ? { key, shouldReEncrypt } : null
    } catch {
      return null
    }
  }

  return {
    strength,

    async load() {
      const text = readIfPresent(file)
      if (text === null) return { found: 'nothing' }
      const record = parseKeyFile(text)
      const current = await strength()
      if (!current.usable) return { found: 'locked', reason: current.reason }
      if (!record || record.platform !== platform || record.backend !== current.backend) return { found: 'locked', reason: 'key-store-changed' }
      const opened = await unwrap(record)
      if (!opened) return { found: 'locked', reason: 'key-store-changed' }
      if (opened.shouldReEncrypt) {
        // The OS rotated its key: wrap ours again under the new one (same data key, same file).
        try {
          writeAtomically(file, await wrap(opened.key, current.backend))
        } catch {
          warn('could not re-wrap the data key after the key store rotated; the old wrap still works')
        }
      }
      return { found: 'key', key: opened.key }
    },

    async save(key) {
      if (key.length !== DATA_KEY_BYTES) throw new TypeError(`The data key must be ${DATA_KEY_BYTES} bytes.`)
      const current = await strength()
      if (!current.usable) return false
      const record = await wrap(key, current.backend)
      // Prove the wrap opens again before trusting it with the only copy of the key.
      const check = await unwrap(record)
      if (!check || !Buffer.from(check.key).equals(Buffer.from(key))) return false
      keepAside(file, now())
      writeAtomically(file, record)
      return true
    },
  }
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function parseKeyFile(text: string): KeyFile | null {
  try {
    const value = JSON.parse(text) as Partial<KeyFile> | null
    if (value?.version !== 1 || typeof value.platform !== 'string' || typeof value.backend !== 'string' || typeof value.wrapped_key !== 'string') return null
    return value as KeyFile
  } catch {
    return null
  }
}

/** An existing key file is never overwritten by a different key: it is renamed aside, kept. */
function keepAside(file: string, at: Date): void {
  if (!existsSync(file)) return
  renameSync(file, file.replace(/\.json$/, '') + `.replaced-${at.toISOString().replace(/[:.]/g, '-')}.json`)
}

/** Temp file, fsync, rename, fsync the folder: the only copy of the key survives a power cut. */
function writeAtomically(file: string, record: KeyFile): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  const fd = openSync(temp, 'w', 0o600)
  try {
    writeSync(fd, JSON.stringify(record, null, 2))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temp, file)
  syncFolder(dirname(file))
}

function syncFolder(folder: string): void {
  let fd: number | undefined
  try {
    fd = openSync(folder, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
