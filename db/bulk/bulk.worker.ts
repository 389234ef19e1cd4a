/**
 * The bulk worker's entry (ARCHITECTURE rule 14): runs on its own thread, with its own
 * connections, the jobs that would otherwise stall the main process's event loop and with it
 * every window. Receives JobRequests, answers each with a JobReply. Bundled for the app as
 * dist/main/bulk-worker.mjs (vite.worker.config.ts). Never logs: errors go back as values.
 */
import { parentPort } from 'node:worker_threads'
import { perform } from './perform'
import type { JobReply, JobRequest } from './protocol'
import { describeFailure } from './worker-error'

const port = parentPort
if (!port) throw new Error('bulk.worker runs only as a worker thread.')

// A derived key is moved, not copied: no second copy lingers in this thread's heap.
const movable = (value: unknown): ArrayBuffer[] =>
  value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength ? [value.buffer] : []

port.on('message', (request: JobRequest) => {
  const report = (progress: number) => port.postMessage({ id: request.id, progress } satisfies JobReply)
  void perform(request, report).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies JobReply, movable(value)),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: describeFailure(error) } satisfies JobReply),
  )
})
