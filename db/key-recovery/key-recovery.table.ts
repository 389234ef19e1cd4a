import { localTable } from '../sync/sync-class'

/** `key_recovery`: the data key wrapped by the owner's recovery passphrase (one row, id = 1). */
export interface KeyRecoveryTable {
  id: number
  kdf: 'argon2id13'
  ops_limit: number
  mem_limit: number
  salt: Uint8Array
  nonce: Uint8Array
  wrapped_key: Uint8Array
  set_at: string
}

/** Sync class: local (a desk's own wrap; enrolment gives the server its copy). */
export const keyRecoverySync = localTable
