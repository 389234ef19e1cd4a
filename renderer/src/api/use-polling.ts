import { useEffect } from 'react'

/** Calls `run` every `ms` while mounted: what other windows change (the queue, today's visits) stays fresh here. */
export function usePolling(run: () => void, ms: number): void {
  useEffect(() => {
    const timer = window.setInterval(run, ms)
    return () => window.clearInterval(timer)
  }, [run, ms])
}
