import { createWorkerService } from './worker-service'

/** argon2id's cost: libsodium's opslimit and memlimit (bytes). */
export type Argon2Cost = { opsLimit: number; memLimit: number }

// One worker for every argon2id call of the process: a login must not wait for a thread to start.
const service = createWorkerService()

/**
 * argon2id on a worker thread: 0.1 s of a core for a PIN, ~1 s for the recovery passphrase,
 * during which the main thread keeps serving every window. Same libsodium calls, same results
 * as on the main thread; only the thread differs.
 */
export const argon2 = {
  /** `crypto_pwhash` (argon2id13): `bytes` of key from a passphrase and salt. */
  deriveKey: (passphrase: string, salt: Uint8Array, cost: Argon2Cost, bytes = 32): Promise<Uint8Array> =>
    service.run('argon2-derive', { passphrase, salt, opsLimit: cost.opsLimit, memLimit: cost.memLimit, bytes }),
  /** `crypto_pwhash_str`: a self-describing hash string of `secret`. */
  hash: (secret: string, cost: Argon2Cost): Promise<string> => service.run('argon2-hash', { secret, opsLimit: cost.opsLimit, memLimit: cost.memLimit }),
  /** `crypto_pwhash_str_verify`: false for a wrong secret or a malformed hash. */
  verify: (hash: string, secret: string): Promise<boolean> => service.run('argon2-verify', { hash, secret }),
}
