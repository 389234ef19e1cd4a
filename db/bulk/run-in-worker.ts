import type { Worker } from 'node:worker_threads'
import type { JobInput, JobKind, JobOutput, JobReply } from './protocol'
import { spawnBulkWorker } from './spawn'
import { BulkWorkerError } from './worker-error'

export type RunOptions = {
  /** Buffers to move instead of copy (a key's copy): the sender's view is left empty. */
  transfer?: ArrayBuffer[]
  /** Told how far a long job has got (0..1) while it runs. */
  onProgress?: (fraction: number) => void
  /** How to start the worker (tests start broken ones). */
  spawn?: () => Worker
}

/**
 * Runs one bulk job on a worker thread of its own and ends that worker. Settles exactly once:
 * with the job's answer, or with a BulkWorkerError if the job failed, the worker could not
 * start, threw outside the job, or exited without answering. Never leaves a caller waiting on
 * a dead worker.
 */
export function runInWorker<K extends JobKind>(kind: K, input: JobInput<K>, options: RunOptions = {}): Promise<JobOutput<K>> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = (options.spawn ?? spawnBulkWorker)()
    } catch (error) {
      reject(new BulkWorkerError({ name: 'BulkWorkerError', message: `The bulk worker could not start (${error instanceof Error ? error.message : String(error)}).` }))
      return
    }
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      outcome()
      void worker.terminate()
    }
    worker.on('message', (reply: JobReply) => {
      if ('progress' in reply) return options.onProgress?.(reply.progress)
      settle(() => (reply.ok ? resolve(reply.value as JobOutput<K>) : reject(new BulkWorkerError(reply.error))))
    })
    worker.once('error', (error) => settle(() => reject(new BulkWorkerError({ name: 'BulkWorkerError', message: `The bulk worker failed (${error.message}).` }))))
    worker.once('exit', (code) => settle(() => reject(new BulkWorkerError({ name: 'BulkWorkerError', message: `The bulk worker stopped (exit code ${code}) before it finished.` }))))
    worker.postMessage({ id: 0, kind, input }, options.transfer ?? [])
  })
}
