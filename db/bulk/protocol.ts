import type { VerifyReport } from '../backup/backup-check'
import type { CsvRowsErasure } from '../customers/csv-rows-erasure'
import type { SealSummary } from '../backup/backup-seal'

/** A backup copy's check and, when it passed, the seal now at its end. */
export type SealedCopyReport = VerifyReport & { seal: SealSummary | null }

/**
 * What the main thread may ask of a bulk worker, and what each job answers. Everything crosses
 * by structured clone (a copy): a key sent along is the worker's own copy, zeroed when done.
 */
export type BulkJobs = {
  /** Every live customer as CSV, read on the worker's own read-only connection. */
  'customers-csv': { input: { databasePath: string; dataKey: Uint8Array; timeZone: string; file: string }; output: { rows: number } }
  /** An erased customer's rows taken out of customers CSVs Parlour wrote (each file read through, rewritten only if it held them). */
  'erase-csv-rows': { input: { files: readonly string[]; customerId: string }; output: CsvRowsErasure[] }
  /** SQLite's online backup of `source` into `destination` on the worker's own read-only connection, then the copy's check, then its seal (db/backup/backup-seal.ts). */
  'backup-copy': {
    input: { source: string; destination: string; knownMigrations: readonly string[]; sealKey: Uint8Array; sealedAt: string; pagesPerStep?: number }
    output: SealedCopyReport
  }
  /** SQLite's online backup of `source` into `destination` (a restore's copy into place), no check. */
  'copy-database': { input: { source: string; destination: string }; output: void }
  /** A backup's seal under `sealKey`, then integrity_check, foreign_key_check and its schema, read-only. */
  'verify-backup': { input: { file: string; knownMigrations: readonly string[]; sealKey: Uint8Array }; output: VerifyReport }
  /** argon2id key derivation (`crypto_pwhash`) for the recovery passphrase. */
  'argon2-derive': { input: { passphrase: string; salt: Uint8Array; opsLimit: number; memLimit: number; bytes: number }; output: Uint8Array }
  /** argon2id password hash string (`crypto_pwhash_str`) of an already peppered PIN. */
  'argon2-hash': { input: { secret: string; opsLimit: number; memLimit: number }; output: string }
  /** `crypto_pwhash_str_verify` of an already peppered PIN against its stored hash. */
  'argon2-verify': { input: { hash: string; secret: string }; output: boolean }
}

export type JobKind = keyof BulkJobs
export type JobInput<K extends JobKind> = BulkJobs[K]['input']
export type JobOutput<K extends JobKind> = BulkJobs[K]['output']

export type JobRequest = { [K in JobKind]: { id: number; kind: K; input: JobInput<K> } }[JobKind]

/**
 * A failure as it crosses back: the error's name, a message and (for file-system errors) its
 * code. Messages are ours or the file system's (paths, never field values).
 */
export type WorkerFailure = { name: string; message: string; code?: string }

/** A job's answer, or (for long jobs) how far it has got, as a fraction, before its answer. */
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerFailure } | { id: number; progress: number }

/** In the worker: how a job reports progress. */
export type ReportProgress = (fraction: number) => void
