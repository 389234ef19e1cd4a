import { monitorEventLoopDelay } from 'node:perf_hooks'

export type DelayStats = { samples: number; p50: number; p99: number; max: number }

/** The histogram's timer fires every RESOLUTION_MS; each sample is the time since the last one. */
const RESOLUTION_MS = 10

const ticks = (count: number) => new Promise((resolve) => setTimeout(resolve, RESOLUTION_MS * count + 1))

/**
 * Watches the main thread's event loop until `stop()`. Node's histogram records the whole
 * interval between its timer's ticks (resolution included: ~10 ms on an idle loop), so the
 * resolution is subtracted: what remains is how late the loop was to run a ready callback.
 * A loop blocked for 30 s in one go gives one 30 s sample, so p99 and max show it; for that
 * sample to exist, the timer must have ticked once before the work starts (its first tick only
 * sets the baseline) and once after it ends: hence the waits in both.
 */
export async function watchEventLoop(): Promise<{ stop(): Promise<DelayStats> }> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  histogram.enable()
  await ticks(2)
  const late = (nanoseconds: number) => Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS)
  return {
    async stop() {
      await ticks(2)
      histogram.disable()
      return { samples: histogram.count, p50: late(histogram.percentile(50)), p99: late(histogram.percentile(99)), max: late(histogram.max) }
    },
  }
}
