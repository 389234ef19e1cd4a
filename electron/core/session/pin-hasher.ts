import { argon2 } from '../../../db/bulk/argon2'
import type { Sodium } from '../../../db/vault/sodium'

export type PinHashParams = { opsLimit: number; memLimit: number }

export interface PinHasher {
  hash(pin: string): Promise<string>
  verify(hash: string, pin: string): Promise<boolean>
  needsRehash(hash: string): boolean
}

/** argon2id at libsodium's INTERACTIVE cost: ~0.1 s here, tolerable at a login and costly to brute-force. */
export const defaultPinHashParams = (sodium: Sodium): PinHashParams => ({
  opsLimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE,
  memLimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
})

/**
 * PINs are short, so argon2id alone would fall to a brute force of a copied file. Each PIN is
 * first hashed with a pepper derived from the data key (which never sits in the database), and
 * argon2id runs over that: without the key, the file alone gives nothing to try PINs against.
 */
export function createPinHasher(sodium: Sodium, pepper: Uint8Array, params: PinHashParams): PinHasher {
  const peppered = (pin: string) => sodium.to_base64(sodium.crypto_generichash(32, sodium.from_string(pin.normalize('NFC')), pepper))
  // The pepper stays here; argon2id runs on a worker thread (db/bulk/argon2.ts), so a login
  // does not stall the other windows for its ~0.1 s. A malformed stored hash verifies as false.
  return {
    hash: (pin) => argon2.hash(peppered(pin), params),
    verify: (hash, pin) => argon2.verify(hash, peppered(pin)),
    needsRehash: (hash) => sodium.crypto_pwhash_str_needs_rehash(hash, params.opsLimit, params.memLimit),
  }
}
