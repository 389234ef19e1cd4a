import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export type IntegrityReport = { ok: true } | { ok: false; problems: string[] }

// The worker's code is inline so it runs the same from TypeScript sources (tests) and from the
// bundled app; it loads better-sqlite3 from the path resolved here.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
let db
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true })
  const rows = db.pragma(workerData.pragma)
  const problems = rows.map((row) => Object.values(row)[0]).filter((text) => text !== 'ok')
  parentPort.postMessage({ problems })
} catch (error) {
  parentPort.postMessage({ problems: [String(error && error.message || error)] })
} finally {
  if (db) db.close()
}
`

/**
 * Runs `PRAGMA quick_check` (or `integrity_check`) on its own read-only connection in a worker
 * thread: at a million customers it reads the whole file for seconds, which must not hold up
 * the first screen or the counter.
 */
export function checkIntegrityInBackground(path: string, pragma: 'quick_check' | 'integrity_check' = 'quick_check'): Promise<IntegrityReport> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, pragma } })
    worker.once('message', (message: { problems: string[] }) => {
      resolve(message.problems.length === 0 ? { ok: true } : { ok: false, problems: message.problems })
    })
    worker.once('error', (error) => resolve({ ok: false, problems: [error.message] }))
  })
}
