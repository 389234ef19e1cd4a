import type { Worker } from 'node:worker_threads'
import type { JobInput, JobKind, JobOutput, JobReply } from './protocol'
import { spawnBulkWorker } from './spawn'
import { BulkWorkerError } from './worker-error'

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void }

export type WorkerService = {
  run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>>
  /** Ends the worker (pending jobs fail); the next job starts a new one. */
  stop(): Promise<void>
}

/**
 * One long-lived worker for short jobs (argon2id: a PIN at every login), started on first use
 * so a login pays no thread start-up. Jobs run one after another in the worker's order of
 * arrival. The worker holds the process open only while a job is pending. If it dies, its
 * pending jobs fail with a BulkWorkerError and the next job starts a fresh worker.
 */
export function createWorkerService(spawn: () => Worker = spawnBulkWorker): WorkerService {
  let worker: Worker | undefined
  const pending = new Map<number, Pending>()
  let nextId = 1

  const failAll = (failure: BulkWorkerError) => {
    for (const job of pending.values()) job.reject(failure)
    pending.clear()
  }

  const start = (): Worker => {
    const started = spawn()
    started.on('message', (reply: JobReply) => {
      if ('progress' in reply) return
      const job = pending.get(reply.id)
      if (!job) return
      pending.delete(reply.id)
      if (reply.ok) job.resolve(reply.value)
      else job.reject(new BulkWorkerError(reply.error))
      if (pending.size === 0) started.unref()
    })
    const lost = (message: string) => {
      if (worker === started) worker = undefined
      failAll(new BulkWorkerError({ name: 'BulkWorkerError', message }))
    }
    started.on('error', (error) => lost(`The bulk worker failed (${error.message}).`))
    started.on('exit', (code) => lost(`The bulk worker stopped (exit code ${code}).`))
    return started
  }

  return {
    run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
      return new Promise<JobOutput<K>>((resolve, reject) => {
        try {
          worker ??= start()
        } catch (error) {
          reject(new BulkWorkerError({ name: 'BulkWorkerError', message: `The bulk worker could not start (${error instanceof Error ? error.message : String(error)}).` }))
          return
        }
        const id = nextId++
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
        worker.ref()
        worker.postMessage({ id, kind, input })
      })
    },
    async stop() {
      const running = worker
      worker = undefined
      if (running) await running.terminate()
    },
  }
}
