import { loadSodium } from '../../vault/sodium'
import type { JobInput, JobOutput } from '../protocol'

// In the worker: argon2id (libsodium's own, in the worker's WASM instance), which takes
// 0.1 s (a PIN) to 1 s (the recovery passphrase) of one core and must not stall the windows.

export async function argon2DeriveJob(input: JobInput<'argon2-derive'>): Promise<JobOutput<'argon2-derive'>> {
  const sodium = await loadSodium()
  return sodium.crypto_pwhash(input.bytes, input.passphrase, input.salt, input.opsLimit, input.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13)
}

export async function argon2HashJob(input: JobInput<'argon2-hash'>): Promise<JobOutput<'argon2-hash'>> {
  const sodium = await loadSodium()
  return sodium.crypto_pwhash_str(input.secret, input.opsLimit, input.memLimit)
}

export async function argon2VerifyJob(input: JobInput<'argon2-verify'>): Promise<JobOutput<'argon2-verify'>> {
  const sodium = await loadSodium()
  try {
    return sodium.crypto_pwhash_str_verify(input.hash, input.secret)
  } catch {
    return false // a malformed stored hash verifies nothing
  }
}
