import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SafeStoragePort } from '../shell/electron-ports'

type Backend = ReturnType<SafeStoragePort['getSelectedStorageBackend']>

/**
 * A stand-in for Electron's safeStorage: real AES-256-GCM under a secret only this instance
 * holds, so a blob wrapped by one "OS key store" fails to open in another (a reset keyring).
 */
export function createStandInSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const state = { available: options.available ?? true, backend: options.backend ?? ('gnome_libsecret' as Backend), secret: randomBytes(32), retired: [] as Buffer[] }
  const calls = { encrypt: 0, decrypt: 0 }

  const seal = (secret: Buffer, text: string) => {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', secret, iv)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  }
  const open = (secret: Buffer, blob: Buffer): string => {
    const decipher = createDecipheriv('aes-256-gcm', secret, blob.subarray(0, 12))
    decipher.setAuthTag(blob.subarray(12, 28))
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8')
  }

  const safeStorage: SafeStoragePort = {
    isAsyncEncryptionAvailable: async () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptStringAsync: async (text) => {
      calls.encrypt += 1
      if (!state.available) throw new Error('Encryption is not available.')
      return seal(state.secret, text)
    },
    decryptStringAsync: async (blob) => {
      calls.decrypt += 1
      if (!state.available) throw new Error('Decryption is not available.')
      try {
        return { result: open(state.secret, blob), shouldReEncrypt: false }
      } catch {
        // A blob under a rotated-out secret still opens, flagged for re-encryption (as Chromium does).
        for (const old of state.retired) {
          try {
            return { result: open(old, blob), shouldReEncrypt: true }
          } catch {
            // try the next retired secret
          }
        }
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      }
    },
  }

  return {
    safeStorage,
    state,
    calls,
    /** The OS rotated its key: old blobs still open but ask to be re-encrypted. */
    rotate() {
      state.retired.push(state.secret)
      state.secret = randomBytes(32)
    },
    /** The keyring was wiped: nothing wrapped before opens any more. */
    reset() {
      state.retired = []
      state.secret = randomBytes(32)
    },
  }
}
