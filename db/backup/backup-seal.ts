import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'
import { createHmac, timingSafeEqual, type Hmac } from 'node:crypto'
import type { RecoveryWrap } from '../key-recovery/recovery-wrap'

/*
 * A backup's seal: a keyed hash (HMAC-SHA256 under a key derived from the data key) over every
 * byte of the backup, appended to the file itself and repeated in its manifest. Whoever lacks
 * the data key can neither make a backup that passes nor change one without the seal failing,
 * and the seal is checked before SQLite parses a single byte of the file.
 *
 * Layout of a sealed backup:  body | meta | mac | u32 meta length | u64 body length | magic
 * - body: the SQLite database exactly as the online backup wrote it. SQLite reads the page count
 *   from the database header, so the bytes after it are ignored by every read and by a restore's
 *   copy (the restored database has no trailer).
 * - meta: JSON: the format, an id of the key that sealed it, and the recovery wrap (the data key
 *   locked by the owner's passphrase), so a new PC finds the key without opening the file.
 * - mac: HMAC-SHA256 over body, meta and both lengths.
 */

const MAGIC = Buffer.from('PARLOUR-SEAL-V1\n', 'ascii')
const MAC_BYTES = 32
const TAIL_BYTES = 4 + 8 + MAGIC.length
const MAX_META_BYTES = 64 * 1024
const CHUNK_BYTES = 1024 * 1024
const KEY_ID_LABEL = 'parlour/backup-seal/key-id'

/** The recovery wrap as the seal's JSON carries it: the stored wrap, its bytes in base64. */
type SealedWrap = { [K in keyof RecoveryWrap]: RecoveryWrap[K] extends Uint8Array ? string : RecoveryWrap[K] }

export type SealMeta = { format: 1; key_id: string; sealed_at: string; recovery: SealedWrap | null }

/** What a manifest records of a seal, to compare with the file's own. */
export type SealSummary = { key_id: string; mac: string }

export type SealReading = { ok: true; meta: SealMeta; mac: Buffer; bodyBytes: number; metaBytes: Buffer } | { ok: false; problem: string }

/** A public name for a seal key (a keyed hash of a constant): says which key sealed a backup, reveals nothing of it. */
export const keyIdOf = (sealKey: Uint8Array): string => createHmac('sha256', sealKey).update(KEY_ID_LABEL).digest('hex').slice(0, 32)

/**
 * Seals a finished backup copy in place: appends the trailer and syncs the file. `recovery` is
 * the copy's own recovery wrap (null when the owner has set no passphrase).
 */
export function sealBackupFile(file: string, sealKey: Uint8Array, recovery: RecoveryWrap | null, sealedAt: string): SealSummary {
  const fd = openSync(file, 'r+')
  try {
    const bodyBytes = fstatSync(fd).size
    const meta: SealMeta = { format: 1, key_id: keyIdOf(sealKey), sealed_at: sealedAt, recovery: recovery ? sealedWrap(recovery) : null }
    const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8')
    const mac = macOf(fd, bodyBytes, metaBytes, sealKey)
    const trailer = Buffer.concat([metaBytes, mac, lengths(metaBytes.length, bodyBytes), MAGIC])
    writeSync(fd, trailer, 0, trailer.length, bodyBytes)
    fsyncSync(fd)
    return { key_id: meta.key_id, mac: mac.toString('hex') }
  } finally {
    closeSync(fd)
  }
}

/** Reads a file's seal (a few bytes from its end), or says why it has none a restore can trust. */
export function readSeal(file: string): SealReading {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size < TAIL_BYTES + MAC_BYTES) return unsealed()
    const tail = readAt(fd, size - TAIL_BYTES, TAIL_BYTES)
    if (!tail.subarray(12).equals(MAGIC)) return unsealed()
    const metaLength = tail.readUInt32BE(0)
    const bodyBytes = Number(tail.readBigUInt64BE(4))
    if (metaLength > MAX_META_BYTES || bodyBytes + metaLength + MAC_BYTES + TAIL_BYTES !== size) return changed()
    const metaBytes = readAt(fd, bodyBytes, metaLength)
    const meta = parseMeta(metaBytes)
    if (!meta) return changed()
    return { ok: true, meta, mac: readAt(fd, bodyBytes + metaLength, MAC_BYTES), bodyBytes, metaBytes }
  } finally {
    closeSync(fd)
  }
}

/** True when the seal key made this seal and not one byte of the file changed since. Reads the whole file. */
export function sealHolds(file: string, seal: Extract<SealReading, { ok: true }>, sealKey: Uint8Array): boolean {
  if (seal.meta.key_id !== keyIdOf(sealKey)) return false
  const fd = openSync(file, 'r')
  try {
    return timingSafeEqual(macOf(fd, seal.bodyBytes, seal.metaBytes, sealKey), seal.mac)
  } finally {
    closeSync(fd)
  }
}

/** The data key locked by the owner's passphrase, as the seal carries it (authenticated by the passphrase itself). */
export function recoveryWrapOfSeal(meta: SealMeta): RecoveryWrap | null {
  const wrap = meta.recovery
  if (!wrap) return null
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))
  return { kdf: wrap.kdf, ops_limit: wrap.ops_limit, mem_limit: wrap.mem_limit, salt: bytes(wrap.salt), nonce: bytes(wrap.nonce), wrapped_key: bytes(wrap.wrapped_key), set_at: wrap.set_at }
}

export const SEAL_PROBLEMS = {
  unsealed: 'It carries no Parlour seal: it was made by an earlier version of Parlour, or changed since. Parlour restores only backups it can prove are untouched.',
  changed: 'It was changed or damaged after Parlour made it (its seal does not match), so it cannot be trusted. It has been left as it is.',
  manifest: 'Its seal does not match the record Parlour kept beside it, so one of them was changed. It has been left as it is.',
} as const

const unsealed = (): SealReading => ({ ok: false, problem: SEAL_PROBLEMS.unsealed })
const changed = (): SealReading => ({ ok: false, problem: SEAL_PROBLEMS.changed })

function macOf(fd: number, bodyBytes: number, metaBytes: Buffer, sealKey: Uint8Array): Buffer {
  const hmac = createHmac('sha256', sealKey)
  hashRange(hmac, fd, bodyBytes)
  hmac.update(metaBytes)
  hmac.update(lengths(metaBytes.length, bodyBytes))
  return hmac.digest()
}

function hashRange(hmac: Hmac, fd: number, bytes: number): void {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  for (let position = 0; position < bytes; ) {
    const read = readSync(fd, chunk, 0, Math.min(CHUNK_BYTES, bytes - position), position)
    if (read === 0) throw new Error('The backup file ended early.')
    hmac.update(chunk.subarray(0, read))
    position += read
  }
}

function lengths(metaLength: number, bodyBytes: number): Buffer {
  const out = Buffer.alloc(12)
  out.writeUInt32BE(metaLength, 0)
  out.writeBigUInt64BE(BigInt(bodyBytes), 4)
  return out
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.alloc(length)
  const read = readSync(fd, out, 0, length, position)
  return out.subarray(0, read)
}

function sealedWrap(wrap: RecoveryWrap): SealedWrap {
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
  return { kdf: wrap.kdf, ops_limit: wrap.ops_limit, mem_limit: wrap.mem_limit, salt: text(wrap.salt), nonce: text(wrap.nonce), wrapped_key: text(wrap.wrapped_key), set_at: wrap.set_at }
}

/** The seal's JSON, checked field by field: it is read before the seal is verified. */
function parseMeta(bytes: Buffer): SealMeta | null {
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const meta = value as Record<string, unknown>
  if (meta.format !== 1 || typeof meta.key_id !== 'string' || typeof meta.sealed_at !== 'string') return null
  const recovery = meta.recovery
  if (recovery !== null && !isSealedWrap(recovery)) return null
  return { format: 1, key_id: meta.key_id, sealed_at: meta.sealed_at, recovery }
}

function isSealedWrap(value: unknown): value is SealedWrap {
  if (typeof value !== 'object' || value === null) return false
  const wrap = value as Record<string, unknown>
  const texts = ['salt', 'nonce', 'wrapped_key', 'set_at'] as const
  return wrap.kdf === 'argon2id13' && Number.isSafeInteger(wrap.ops_limit) && Number.isSafeInteger(wrap.mem_limit) && texts.every((field) => typeof wrap[field] === 'string')
}
