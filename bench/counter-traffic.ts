import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import type { Connection } from '../electron/core'
import { percentile } from './measure'

/** One search the counter sent: when (absolute ms, comparable across threads) and when its answer came. */
export type SearchRecord = { sentAt: number; answeredAt: number; ok: boolean }
export type SearchStats = { sent: number; answeredDuring: number; p50: number; p99: number; max: number; failed: number }

// The receptionist's window runs in its own process in the app: its requests arrive whether or
// not the main thread is free. A second thread plays that window here, so requests queue up
// while the main thread is blocked exactly as IPC messages would, and their latency is
// measured on a clock the main thread cannot stall. Inline source: runs the same under tsx.
const WINDOW_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { performance } = require('node:perf_hooks')
const now = () => performance.timeOrigin + performance.now()
const pending = new Map()
const answered = []
let next = 0
const timer = setInterval(() => {
  const id = next++
  pending.set(id, now())
  parentPort.postMessage({ type: 'search', id })
}, workerData.intervalMs)
parentPort.on('message', (message) => {
  if (message.type === 'answer') {
    answered.push({ sentAt: pending.get(message.id), answeredAt: now(), ok: message.ok })
    pending.delete(message.id)
  } else if (message.type === 'stop') {
    clearInterval(timer)
    if (pending.size === 0) parentPort.postMessage({ type: 'done', answered })
    else parentPort.on('message', () => pending.size === 0 && parentPort.postMessage({ type: 'done', answered }))
  }
})
`

type FromWindow = { type: 'search'; id: number } | { type: 'done'; answered: SearchRecord[] }

export const absoluteNow = () => performance.timeOrigin + performance.now()

/**
 * Counter windows sending `customers.search` every `intervalMs` between them (in turn, through
 * each desk's `invoke`), as from other windows, until `stop()`; `stop()` waits for every request
 * sent to be answered. The core paces each user's searches (customers/search-pace.ts): one desk
 * per user keeps each user at a typist's pace while the main thread sees every request.
 */
export function startCounterTraffic(desks: readonly Connection[], queries: readonly string[], intervalMs = 50): { stop(): Promise<SearchRecord[]> } {
  const window = new Worker(WINDOW_SOURCE, { eval: true, workerData: { intervalMs } })
  let finished: ((records: SearchRecord[]) => void) | undefined
  const done = new Promise<SearchRecord[]>((resolve, reject) => {
    finished = resolve
    window.once('error', reject)
  })
  window.on('message', (message: FromWindow) => {
    if (message.type === 'done') return finished?.(message.answered)
    const query = queries[message.id % queries.length] as string
    const desk = desks[message.id % desks.length] as Connection
    void desk.invoke('customers.search', { query }).then((result) => window.postMessage({ type: 'answer', id: message.id, ok: result.ok }))
  })
  return {
    async stop() {
      window.postMessage({ type: 'stop' })
      const records = await done
      await window.terminate()
      return records
    },
  }
}

/** The searches sent while an operation ran from `start` to `end`: how many were answered before it ended, and their latency. */
export function searchesDuring(records: readonly SearchRecord[], start: number, end: number): SearchStats {
  const during = records.filter((record) => record.sentAt >= start && record.sentAt <= end)
  const latencies = during.map((record) => record.answeredAt - record.sentAt).sort((a, b) => a - b)
  return {
    sent: during.length,
    answeredDuring: during.filter((record) => record.answeredAt <= end).length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    failed: during.filter((record) => !record.ok).length,
  }
}
