import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { formatWeekdayDate } from '../../format/time'

/** At the counter the morning after: a salon day with bills nobody closed, and the way to close it. */
export function OpenDayReminder() {
  const status = useQuery(() => pos('days.status', {}), [])
  if (status.status !== 'ok' || status.value.unclosed_days.length === 0) return null
  const [first] = status.value.unclosed_days
  const more = status.value.unclosed_days.length - 1
  return (
    <div className="alert alert-warning open-day-reminder" role="status">
      <div className="alert-body">
        <strong>{formatWeekdayDate(first ?? '')} was not closed.</strong> {more > 0 ? `${more} more ${more === 1 ? 'day' : 'days'} after it ${more === 1 ? 'is' : 'are'} open too. ` : ''}
        <a href={`#/day-close?day=${first}`}>Close it now</a>
      </div>
    </div>
  )
}
