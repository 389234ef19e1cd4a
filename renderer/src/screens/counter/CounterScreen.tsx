import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { ButtonLink } from '../../components/Button'
import { PageHeader } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { Forbidden } from '../../components/StateView'
import { formatWeekdayDate, timeInZone } from '../../format/time'
import { useMayCall, useSalonToday, useSession } from '../../session/session-context'
import { OpenDayReminder } from '../day-close/OpenDayReminder'
import { RecoveryReminder } from '../security/RecoveryReminder'
import { SecurityReminder } from '../security/SecurityNotices'
import { UnfinishedWork } from '../../drafts/UnfinishedWork'
import { CustomerSearch } from './CustomerSearch'
import { TodayPanel } from './TodayPanel'

/** The receptionist's and owner's home: find a customer fast, and see today's visits. */
export function CounterScreen() {
  const today = useSalonToday()
  const { settings } = useSession()
  const may = useMayCall()
  // The salon's hour, not the machine's.
  const greeting = greetingFor(Number(timeInZone(new Date(), settings.time_zone).slice(0, 2)))
  const visits = useQuery(() => pos('visits.today', {}), [])

  // A role the core refuses at the counter sees that, and no search box.
  if (visits.status === 'error' && visits.error.code === 'FORBIDDEN')
    return (
      <div className="page">
        <Forbidden message={visits.error.message} />
      </div>
    )

  return (
    <div className="page page-counter">
      <PageHeader
        title="Counter"
        subtitle={`${greeting} · ${formatWeekdayDate(today)}`}
        actions={
          <>
            <ButtonLink href="#/customers/new" shortcut="Alt+N" icon={<Icon name="userPlus" size={16} />}>
              New customer
            </ButtonLink>
            <ButtonLink href="#/bills/new" variant="primary" shortcut="Alt+B" icon={<Icon name="receipt" size={16} />}>
              New bill
            </ButtonLink>
          </>
        }
      />
      {may('security.recoveryStatus') ? <RecoveryReminder /> : null}
      {may('audit.notices') ? <SecurityReminder /> : null}
      <OpenDayReminder />
      <UnfinishedWork />
      <div className="counter-grid">
        <CustomerSearch />
        <TodayPanel visits={visits} />
      </div>
    </div>
  )
}

function greetingFor(hour: number): string {
  if (hour < 12) return 'Good morning'
  if (hour < 17) return 'Good afternoon'
  return 'Good evening'
}
