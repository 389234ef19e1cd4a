import { pos } from '../../api/pos'
import { usePolling } from '../../api/use-polling'
import { useQuery } from '../../api/use-query'

const REFRESH_MS = 30_000

/** A stylist's own day on the queue screen: how many services their bills name today, and which. */
export function MyDayTally() {
  const day = useQuery(() => pos('stylists.myDay', {}), [])
  usePolling(day.reload, REFRESH_MS)
  if (day.status !== 'ok') return null
  const counts = new Map<string, number>()
  for (const service of day.value.services) counts.set(service.name, (counts.get(service.name) ?? 0) + service.quantity)
  const { services_done: done } = day.value
  return (
    <p className="my-day" role="status" aria-label="Your day">
      <strong>
        Your day: {done} {done === 1 ? 'service' : 'services'}
      </strong>
      {counts.size > 0 ? <span className="muted"> · {[...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ')}</span> : null}
    </p>
  )
}
