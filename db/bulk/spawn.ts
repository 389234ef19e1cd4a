import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BULK_WORKER_BUNDLE } from './bulk-worker-file'

const here = fileURLToPath(import.meta.url)

/**
 * Where the worker's code is. In the bundled app this module is part of dist/main/main.js and
 * the worker is the file beside it. From the TypeScript sources (tests, tsx, the bench) it is
 * bulk.worker.ts beside this file; Node 20 cannot load .ts in a Worker by itself, and tsx's
 * `--import` flag does not reach a worker's entry, so a small inline bootstrap registers tsx's
 * loader in the worker first and then imports the entry.
 */
export function bulkWorkerSource(): { code: string; eval: boolean } {
  if (!here.endsWith('.ts')) {
    const bundled = join(dirname(here), BULK_WORKER_BUNDLE)
    if (!existsSync(bundled)) throw new Error(`The bulk worker is missing: ${bundled} was not built.`)
    return { code: bundled, eval: false }
  }
  const entry = pathToFileURL(join(dirname(here), 'bulk.worker.ts')).href
  // tsx's ES-module API (package export "./esm/api", import condition); resolved from its package.json.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsx = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return { code, eval: true }
}

/** A new bulk worker thread, listening for jobs (see bulk.worker.ts). */
export function spawnBulkWorker(source = bulkWorkerSource()): Worker {
  return new Worker(source.code, { eval: source.eval })
}
