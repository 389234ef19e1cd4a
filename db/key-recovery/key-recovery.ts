import { existsSync } from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { withReadOnly } from '../sqlite/readonly'
import { loadSodium } from '../vault/sodium'
import { recoveryWrapIn, type RecoveryWrap } from './recovery-wrap'
import { DATA_KEY_BYTES } from '../vault/vault'
import { argon2 } from '../bulk/argon2'

export type { RecoveryWrap } from './recovery-wrap'
export type RecoveryKdfParams = { opsLimit: number; memLimit: number }

/** argon2id at libsodium's MODERATE cost (~1 s here): set or typed rarely, guards everything. */
export const DEFAULT_RECOVERY_KDF: RecoveryKdfParams = { opsLimit: 3, memLimit: 256 * 1024 * 1024 }
export const MIN_PASSPHRASE_LENGTH = 12
const ASSOCIATED_DATA = 'parlour/key-recovery/v1'

/** What is wrong with a proposed recovery passphrase, or undefined. */
export function recoveryPassphraseProblem(passphrase: string): string | undefined {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a short sentence is easy to remember and hard to guess.`
  if (new Set(passphrase).size < 5) return 'Use a passphrase with more variety than a repeated character or two.'
  return undefined
}

/** Wraps the data key under a key derived from the passphrase. */
export async function wrapDataKey(dataKey: Uint8Array, passphrase: string, setAt: string, params = DEFAULT_RECOVERY_KDF): Promise<RecoveryWrap> {
  const sodium = await loadSodium()
  const salt = randomFillSync(new Uint8Array(16))
  const nonce = randomFillSync(new Uint8Array(24))
  // argon2id on a worker thread: about a second of a core that the windows keep.
  const wrappingKey = await argon2.deriveKey(passphrase.normalize('NFC'), salt, params)
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, sodium.from_string(ASSOCIATED_DATA), null, nonce, wrappingKey)
  sodium.memzero(wrappingKey)
  return { kdf: 'argon2id13', ops_limit: params.opsLimit, mem_limit: params.memLimit, salt, nonce, wrapped_key: wrapped, set_at: setAt }
}

/** The data key, or null when the passphrase is wrong (or the wrap was tampered with). */
export async function unwrapDataKey(wrap: RecoveryWrap, passphrase: string): Promise<Uint8Array | null> {
  const sodium = await loadSodium()
  const wrappingKey = await argon2.deriveKey(passphrase.normalize('NFC'), wrap.salt, { opsLimit: wrap.ops_limit, memLimit: wrap.mem_limit })
  try {
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, wrap.wrapped_key, sodium.from_string(ASSOCIATED_DATA), wrap.nonce, wrappingKey)
    return key.length === DATA_KEY_BYTES ? key : null
  } catch {
    return null
  } finally {
    sodium.memzero(wrappingKey)
  }
}

/**
 * Reads the passphrase-wrapped data key from a database (or backup) file without the data key
 * and without writing to it: the shell uses it to open the data when the OS key store cannot,
 * and restore uses it on a new PC. Null when the file has no recovery passphrase set.
 */
export function readRecoveryWrap(path: string): RecoveryWrap | null {
  if (!existsSync(path)) return null
  return withReadOnly(path, recoveryWrapIn)
}
