import type { WorkerFailure } from './protocol'

/**
 * A job that failed inside a worker, or a worker that died or could not start, as an error on
 * the main thread. It keeps the original error's name and code (EACCES, EISDIR, ...) so callers
 * can tell a file they could not write from anything else.
 */
export class BulkWorkerError extends Error {
  // `declare`: no own property at all unless there is a code (loggers test `'code' in error`).
  declare readonly code?: string

  constructor(failure: WorkerFailure) {
    super(failure.message)
    this.name = failure.name === 'Error' ? 'BulkWorkerError' : failure.name
    if (failure.code !== undefined) Object.defineProperty(this, 'code', { value: failure.code, enumerable: true })
  }
}

/** A file-system error (Node's `E…` codes): the place could not be written, not a fault of ours. */
export const isFileSystemError = (error: unknown): error is BulkWorkerError =>
  error instanceof BulkWorkerError && typeof error.code === 'string' && /^E[A-Z0-9]+$/.test(error.code)

/** Any thrown value as a failure that can be posted back (no stack: its frames are the worker's). */
export function describeFailure(error: unknown): WorkerFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined
  return { name: error.name, message: error.message, ...(code ? { code } : {}) }
}
