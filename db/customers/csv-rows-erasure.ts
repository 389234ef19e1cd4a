import { closeSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { CSV_HEADER, moveIntoPlace } from './customers-csv'

/** What became of one customers CSV when a customer was erased. */
export type CsvRowsErasure =
  | { file: string; outcome: 'rows-removed'; rows: number }
  /** The customer has no row in it (an export made before they were added). */
  | { file: string; outcome: 'no-rows' }
  /** Its first line is not the one Parlour writes: someone changed it, or it is not Parlour's. Left as it is. */
  | { file: string; outcome: 'not-parlour' }
  /** It could not be read or replaced (locked by a spreadsheet, no permission): left as it is. */
  | { file: string; outcome: 'failed'; code: string }

const CHUNK = 1 << 20
const QUOTE = 0x22
const LF = 0x0a

/**
 * Takes one customer's rows out of a customers CSV Parlour wrote (db/customers/customers-csv.ts),
 * leaving every other byte as it was. Only a file that starts with Parlour's own header is
 * touched; one without a row for the customer is not rewritten at all. The new content goes to a
 * temporary file beside it, synced, then renamed over the old one, so a crash leaves either the
 * old file or the new, never half of one. Records are split as RFC 4180 reads them (a line break
 * inside quotes is part of a cell: notes have them); a record is the customer's when its first
 * cell, the id (a ULID, never quoted), is theirs. Synchronous: the app runs it on a worker.
 */
export function eraseCsvRows(file: string, customerId: string): CsvRowsErasure {
  try {
    if (!startsWithHeader(file)) return { file, outcome: 'not-parlour' }
    // Most exports predate the customer or were already cleaned: a cheap look before rewriting.
    if (!contains(file, Buffer.from(customerId))) return { file, outcome: 'no-rows' }
    const rows = rewriteWithout(file, Buffer.from(`${customerId},`))
    return rows > 0 ? { file, outcome: 'rows-removed', rows } : { file, outcome: 'no-rows' }
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code.replace(/^ERR_FS_/, '') : 'EIO'
    return { file, outcome: 'failed', code } // the system's code (EACCES, EBUSY, EISDIR…), for the owner's message
  }
}

function startsWithHeader(file: string): boolean {
  const header = Buffer.from(CSV_HEADER)
  const fd = openSync(file, 'r')
  try {
    const start = Buffer.alloc(header.length)
    const read = readSync(fd, start, 0, header.length, 0)
    return read === header.length && start.equals(header)
  } finally {
    closeSync(fd)
  }
}

/** Whether `needle` occurs anywhere in the file, reading it a chunk at a time. */
function contains(file: string, needle: Buffer): boolean {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(CHUNK + needle.length)
    let kept = 0
    for (;;) {
      const read = readSync(fd, buffer, kept, CHUNK, null)
      if (read === 0) return false
      const filled = kept + read
      if (buffer.subarray(0, filled).includes(needle)) return true
      // Keep the tail: the needle may straddle two chunks.
      kept = Math.min(needle.length - 1, filled)
      buffer.copy(buffer, 0, filled - kept, filled)
    }
  } finally {
    closeSync(fd)
  }
}

/** Rewrites `file` without the records that start with `prefix`; returns how many went. */
function rewriteWithout(file: string, prefix: Buffer): number {
  const temporary = `${file}.erasing`
  const input = openSync(file, 'r')
  let output: number | undefined
  let removed = 0
  try {
    output = openSync(temporary, 'w')
    const out = output
    const pending: Buffer[] = []
    let pendingBytes = 0
    const emit = (bytes: Buffer) => {
      pending.push(bytes)
      pendingBytes += bytes.length
      if (pendingBytes >= CHUNK) flush()
    }
    const flush = () => {
      if (pendingBytes > 0) writeSync(out, Buffer.concat(pending, pendingBytes))
      pending.length = 0
      pendingBytes = 0
    }
    const take = (record: Buffer) => {
      if (record.length >= prefix.length && record.subarray(0, prefix.length).equals(prefix)) removed++
      else emit(record)
    }

    let carry = Buffer.alloc(0)
    let inQuotes = false
    const chunk = Buffer.alloc(CHUNK)
    for (;;) {
      const read = readSync(input, chunk, 0, CHUNK, null)
      if (read === 0) break
      const buffer = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read)
      let start = 0
      // Bytes carried over were scanned already (their quotes counted): start after them.
      for (let i = carry.length; i < buffer.length; i++) {
        const byte = buffer[i]
        if (byte === QUOTE) inQuotes = !inQuotes
        else if (byte === LF && !inQuotes) {
          take(buffer.subarray(start, i + 1))
          start = i + 1
        }
      }
      carry = Buffer.from(buffer.subarray(start))
      flush() // what was kept points into `chunk`, which the next read overwrites
    }
    if (carry.length > 0) take(carry) // a last record without its line break
    flush()
    fsyncSync(out)
  } catch (error) {
    if (output !== undefined) closeSync(output)
    output = undefined
    rmSync(temporary, { force: true })
    throw error
  } finally {
    closeSync(input)
    if (output !== undefined) closeSync(output)
  }
  if (removed === 0) {
    rmSync(temporary, { force: true })
    return 0
  }
  moveIntoPlace(temporary, file)
  return removed
}
