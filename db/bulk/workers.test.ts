import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/helpers/temp'
import { runInWorker } from './run-in-worker'
import { spawnBulkWorker } from './spawn'
import { createWorkerService } from './worker-service'
import { BulkWorkerError } from './worker-error'

/** A stand-in worker from inline code: how a broken or dying worker looks to the main thread. */
const inline = (code: string) => () => new Worker(code, { eval: true })

describe('one bulk job on its own worker (runInWorker)', () => {
  it('answers with the job’s result, and a failed job as a BulkWorkerError, not an exception in the worker', async () => {
    expect(await runInWorker('argon2-verify', { hash: 'not a hash', secret: 'x' })).toBe(false)
    const failed = await runInWorker('argon2-hash', { secret: 'x', opsLimit: 0, memLimit: 0 }).catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(BulkWorkerError)
  })

  it('never leaves the caller waiting: a worker that cannot start, throws, or exits without answering rejects', async () => {
    const missing = () => spawnBulkWorker({ code: join(tempDir(), 'no-such-worker.mjs'), eval: false })
    await expect(runInWorker('verify-backup', { file: 'x', knownMigrations: [], sealKey: new Uint8Array(32) }, { spawn: missing })).rejects.toBeInstanceOf(BulkWorkerError)
    await expect(runInWorker('verify-backup', { file: 'x', knownMigrations: [], sealKey: new Uint8Array(32) }, { spawn: inline('throw new Error("boom at start")') })).rejects.toThrow(/boom at start/)
    await expect(runInWorker('verify-backup', { file: 'x', knownMigrations: [], sealKey: new Uint8Array(32) }, { spawn: inline('process.exit(3)') })).rejects.toThrow(/exit code 3/)
    const silent = inline(`require('node:worker_threads').parentPort.once('message', () => process.exit(0))`)
    await expect(runInWorker('verify-backup', { file: 'x', knownMigrations: [], sealKey: new Uint8Array(32) }, { spawn: silent })).rejects.toThrow(/before it finished/)
    const throwing = () => {
      throw new Error('no threads left')
    }
    await expect(runInWorker('verify-backup', { file: 'x', knownMigrations: [], sealKey: new Uint8Array(32) }, { spawn: throwing })).rejects.toThrow(/could not start/)
  })

  it('moves a transferred key copy: the sender’s buffer is detached, so no copy stays behind on the main thread', async () => {
    const copy = new Uint8Array(32).fill(7)
    const folder = tempDir()
    writeFileSync(join(folder, 'not-a-db.sqlite'), 'plain text')
    await runInWorker('customers-csv', { databasePath: join(folder, 'not-a-db.sqlite'), dataKey: copy, timeZone: 'UTC', file: join(folder, 'x.csv') }, { transfer: [copy.buffer] }).catch(() => undefined)
    expect(copy.byteLength).toBe(0)
  })
})

describe('the long-lived worker for short jobs (createWorkerService)', () => {
  it('runs jobs in turn on one worker, fails the pending ones if it dies, and starts afresh for the next', async () => {
    let started = 0
    const service = createWorkerService(() => {
      started++
      return spawnBulkWorker()
    })
    const cost = { opsLimit: 1, memLimit: 8192 }
    const [first, second] = await Promise.all([service.run('argon2-hash', { secret: 'a', ...cost }), service.run('argon2-hash', { secret: 'b', ...cost })])
    expect(await service.run('argon2-verify', { hash: first, secret: 'a' })).toBe(true)
    expect(await service.run('argon2-verify', { hash: second, secret: 'a' })).toBe(false)
    expect(started).toBe(1)

    const pending = service.run('argon2-hash', { secret: 'c', opsLimit: 1, memLimit: 64 * 1024 * 1024 })
    await service.stop()
    await expect(pending).rejects.toBeInstanceOf(BulkWorkerError)
    expect(typeof (await service.run('argon2-hash', { secret: 'd', ...cost }))).toBe('string')
    expect(started).toBe(2)
    await service.stop()
  })

  it('a worker that dies on its own fails its pending job with a BulkWorkerError', async () => {
    const service = createWorkerService(inline(`require('node:worker_threads').parentPort.once('message', () => process.exit(5))`))
    await expect(service.run('argon2-verify', { hash: 'h', secret: 's' })).rejects.toThrow(/exit code 5/)
  })
})
