import { randomFillSync } from 'node:crypto'
import { loadSodium, type Sodium } from './sodium'

/** Thrown when a stored ciphertext does not open: tampered, moved to another row, or a wrong key. */
export class VaultIntegrityError extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly rowId: string,
  ) {
    // Names the place, never the value.
    super(`Encrypted value ${table}.${column} of row ${rowId} failed its integrity check.`)
    this.name = 'VaultIntegrityError'
  }
}

export type DecryptResult = { ok: true; value: string } | { ok: false }

export interface PiiVault {
  /** Encrypts `plaintext` bound to one table, column and row: it opens nowhere else. */
  encrypt(table: string, column: string, rowId: string, plaintext: string): Uint8Array
  /** Opens a ciphertext or throws VaultIntegrityError. */
  decrypt(table: string, column: string, rowId: string, ciphertext: Uint8Array): string
  /** Opens a ciphertext, or reports failure without throwing (for list reads). */
  tryDecrypt(table: string, column: string, rowId: string, ciphertext: Uint8Array): DecryptResult
  /** Blind index of an E.164 phone: equal numbers give equal bytes; the bytes reveal nothing. */
  phoneIndex(e164: string): Uint8Array
  /** Blind index of a phone's last four digits, for counter search. */
  phoneLast4Index(last4: string): Uint8Array
  /** Blind index of a birthday's month and day (`MM-DD`), for "birthdays this week". */
  birthdayIndex(monthDay: string): Uint8Array
  /** A secret mixed into PIN hashes, so a copied database file alone cannot be brute-forced. */
  readonly pinPepper: Uint8Array
  /** The key that seals backups (db/backup/backup-seal.ts): only the data key's holder can make or alter one. */
  readonly backupSealKey: Uint8Array
}

export const DATA_KEY_BYTES = 32
const KDF_CONTEXT = 'parlour_' // crypto_kdf contexts are exactly 8 bytes
const FORMAT_V1 = 1
const NONCE_BYTES = 24 // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const INDEX_BYTES = 16 // 128-bit blind indexes: collision-free at any salon's scale

// Sub-key ids for crypto_kdf_derive_from_key. Never renumber: stored data depends on them.
const SUBKEY = { fieldEncryptionV1: 1, phoneIndex: 2, phoneLast4Index: 3, birthdayIndex: 4, pinPepper: 5, backupSeal: 6 } as const

export async function createVault(dataKey: Uint8Array): Promise<PiiVault> {
  if (!(dataKey instanceof Uint8Array) || dataKey.length !== DATA_KEY_BYTES) {
    throw new TypeError(`The data key must be ${DATA_KEY_BYTES} bytes.`)
  }
  const sodium = await loadSodium()
  const derive = (id: number) => sodium.crypto_kdf_derive_from_key(32, id, KDF_CONTEXT, dataKey)
  return new SodiumVault(sodium, {
    field: derive(SUBKEY.fieldEncryptionV1),
    phone: derive(SUBKEY.phoneIndex),
    last4: derive(SUBKEY.phoneLast4Index),
    birthday: derive(SUBKEY.birthdayIndex),
    pepper: derive(SUBKEY.pinPepper),
    backupSeal: derive(SUBKEY.backupSeal),
  })
}

/** The backup seal key of a data key, without a vault: a restore checks a backup's seal before it opens anything. */
export async function deriveBackupSealKey(dataKey: Uint8Array): Promise<Uint8Array> {
  const sodium = await loadSodium()
  return sodium.crypto_kdf_derive_from_key(32, SUBKEY.backupSeal, KDF_CONTEXT, dataKey)
}

type SubKeys = { field: Uint8Array; phone: Uint8Array; last4: Uint8Array; birthday: Uint8Array; pepper: Uint8Array; backupSeal: Uint8Array }

class SodiumVault implements PiiVault {
  readonly pinPepper: Uint8Array
  readonly backupSealKey: Uint8Array
  private readonly encoder = new TextEncoder()
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })

  constructor(
    private readonly sodium: Sodium,
    private readonly keys: SubKeys,
  ) {
    this.pinPepper = keys.pepper
    this.backupSealKey = keys.backupSeal
  }

  // The associated data binds a ciphertext to its place and format version.
  private associatedData(table: string, column: string, rowId: string, version: number): Uint8Array {
    return this.encoder.encode(`parlour/v${version}/${table}/${column}/${rowId}`)
  }

  encrypt(table: string, column: string, rowId: string, plaintext: string): Uint8Array {
    // node's CSPRNG: ~20x faster than the WASM randombytes_buf for 24 bytes.
    const nonce = randomFillSync(new Uint8Array(NONCE_BYTES))
    const sealed = this.sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      this.encoder.encode(plaintext),
      this.associatedData(table, column, rowId, FORMAT_V1),
      null,
      nonce,
      this.keys.field,
    )
    const out = new Uint8Array(1 + NONCE_BYTES + sealed.length)
    out[0] = FORMAT_V1
    out.set(nonce, 1)
    out.set(sealed, 1 + NONCE_BYTES)
    return out
  }

  tryDecrypt(table: string, column: string, rowId: string, ciphertext: Uint8Array): DecryptResult {
    if (ciphertext.length < 1 + NONCE_BYTES + 16 || ciphertext[0] !== FORMAT_V1) return { ok: false }
    try {
      const opened = this.sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        ciphertext.subarray(1 + NONCE_BYTES),
        this.associatedData(table, column, rowId, FORMAT_V1),
        ciphertext.subarray(1, 1 + NONCE_BYTES),
        this.keys.field,
      )
      return { ok: true, value: this.decoder.decode(opened) }
    } catch {
      return { ok: false }
    }
  }

  decrypt(table: string, column: string, rowId: string, ciphertext: Uint8Array): string {
    const result = this.tryDecrypt(table, column, rowId, ciphertext)
    if (!result.ok) throw new VaultIntegrityError(table, column, rowId)
    return result.value
  }

  phoneIndex(e164: string): Uint8Array {
    return this.sodium.crypto_generichash(INDEX_BYTES, this.encoder.encode(e164), this.keys.phone)
  }

  phoneLast4Index(last4: string): Uint8Array {
    return this.sodium.crypto_generichash(INDEX_BYTES, this.encoder.encode(last4), this.keys.last4)
  }

  birthdayIndex(monthDay: string): Uint8Array {
    return this.sodium.crypto_generichash(INDEX_BYTES, this.encoder.encode(monthDay), this.keys.birthday)
  }
}
