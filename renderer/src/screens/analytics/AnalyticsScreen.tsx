import type { ReactNode } from 'react'
import type { BirthdayEntry, CustomerContact, MonthlyFigures, MonthToDate } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { ButtonLink } from '../../components/Button'
import { Money, PageHeader, Panel, Stat } from '../../components/bits'
import { Empty, ErrorState, Loading, QueryView } from '../../components/StateView'
import { formatPaise, formatPaiseCompact } from '../../format/money'
import { formatPhone } from '../../format/phone'
import { formatMonthLong, formatMonthShort, formatWeekdayDate, relativeDay } from '../../format/time'
import { useSalonToday } from '../../session/session-context'
import { BarChart } from './BarChart'

const INACTIVE_DAYS = 30

/** The owner's view of the business: months at a glance, best customers, who to call back, birthdays. */
export function AnalyticsScreen() {
  const monthly = useQuery(() => pos('analytics.monthly', { months: 12 }), [])
  const soFar = useQuery(() => pos('analytics.monthToDate', {}), [])
  const top = useQuery(() => pos('analytics.topCustomers', { limit: 10 }), [])
  const inactive = useQuery(() => pos('analytics.inactiveCustomers', { days: INACTIVE_DAYS, limit: 50 }), [])
  const birthdays = useQuery(() => pos('analytics.birthdays', { days: 7 }), [])

  // A refused role sees one calm message, not four.
  if (monthly.status === 'error' && monthly.error.code === 'FORBIDDEN')
    return (
      <div className="page">
        <ErrorState error={monthly.error} />
      </div>
    )

  return (
    <div className="page page-analytics">
      <PageHeader title="Analytics" subtitle="The last 12 months, in the salon’s time zone" actions={<ButtonLink href="#/analytics/stylists">Stylists this month</ButtonLink>} />
      {monthly.status === 'loading' ? <Loading label="Working out the months…" /> : null}
      {monthly.status === 'error' ? <ErrorState error={monthly.error} onRetry={monthly.reload} /> : null}
      {monthly.status === 'ok' ? <MonthlyOverview months={monthly.value} soFar={soFar.status === 'ok' ? soFar.value : null} /> : null}

      <div className="analytics-lists">
        <Panel title="Top customers by spend">
          <QueryView query={top} isEmpty={(list) => list.length === 0} empty={<Empty title="No spend yet.">Customers appear here once they have bills.</Empty>}>
            {(list) => <TopCustomers customers={list} />}
          </QueryView>
        </Panel>
        <Panel title={`Not seen in ${INACTIVE_DAYS} days`}>
          <QueryView query={inactive} isEmpty={(list) => list.length === 0} empty={<Empty title="Everyone has visited recently." />}>
            {(list) => <Inactive customers={list} />}
          </QueryView>
        </Panel>
        <Panel title="Birthdays in the next 7 days">
          <QueryView query={birthdays} isEmpty={(list) => list.length === 0} empty={<Empty title="No birthdays this week." />}>
            {(list) => <Birthdays entries={list} />}
          </QueryView>
        </Panel>
      </div>
    </div>
  )
}

function MonthlyOverview({ months, soFar }: { months: MonthlyFigures[]; soFar: MonthToDate | null }) {
  const current = months[months.length - 1]
  const previous = months[months.length - 2]
  const label = (figures: MonthlyFigures) => ({ label: formatMonthShort(figures.month), fullLabel: formatMonthLong(figures.month) })
  const highlight = months.length - 1
  const totalRevenue = months.reduce((sum, month) => sum + month.revenue, 0)
  const totalVisits = months.reduce((sum, month) => sum + month.visits, 0)
  return (
    <>
      {current ? (
        <div className="stats-row">
          {/* Like with like: this month so far against the same stretch of last month. */}
          <Kpi label={`Revenue, ${formatMonthLong(current.month)}`} value={<Money paise={current.revenue} />} change={soFar ? change(soFar.current.revenue, soFar.previous.revenue, sameStretch(soFar)) : null} />
          <Kpi label="Visits this month" value={String(current.visits)} change={soFar ? change(soFar.current.visits, soFar.previous.visits, sameStretch(soFar)) : null} />
          <Kpi label="New customers this month" value={String(current.new_customers)} change={previous ? lastMonth(previous.new_customers) : null} />
          <Kpi label="Returning customers this month" value={String(current.returning_customers)} change={previous ? lastMonth(previous.returning_customers) : null} />
        </div>
      ) : null}
      <div className="charts-grid">
        <Panel title="Revenue per month">
          <BarChart title="Revenue per month, last 12 months" summary={`Total ${formatPaise(totalRevenue)} over 12 months.`} series={[{ name: 'Revenue', className: 'series-revenue' }]} data={months.map((month) => ({ ...label(month), values: [month.revenue] }))} format={formatPaise} formatAxis={formatPaiseCompact} highlight={highlight} />
        </Panel>
        <Panel title="Visits per month">
          <BarChart title="Visits per month, last 12 months" summary={`${totalVisits} visits over 12 months.`} series={[{ name: 'Visits', className: 'series-visits' }]} data={months.map((month) => ({ ...label(month), values: [month.visits] }))} format={(value) => String(value)} highlight={highlight} />
        </Panel>
        <Panel title="New and returning customers">
          <BarChart
            title="New and returning customers per month, last 12 months"
            summary={`${months.reduce((sum, month) => sum + month.new_customers, 0)} new and ${months.reduce((sum, month) => sum + month.returning_customers, 0)} returning customer-months over 12 months.`}
            series={[
              { name: 'New', className: 'series-new' },
              { name: 'Returning', className: 'series-returning' },
            ]}
            data={months.map((month) => ({ ...label(month), values: [month.new_customers, month.returning_customers] }))}
            format={(value) => String(value)}
            highlight={highlight}
          />
        </Panel>
      </div>
    </>
  )
}

type Trend = { text: string; tone: 'up' | 'down' | 'flat' }

/** "1–10 Oct": the stretch of last month this month so far is compared with. */
function sameStretch(soFar: MonthToDate): string {
  const last = Number(soFar.previous.until.slice(8, 10)) - (soFar.previous.until.slice(11, 16) === '00:00' ? 1 : 0)
  const month = formatMonthShort(soFar.previous.month)
  return last <= 1 ? `1 ${month}` : `1–${last} ${month}`
}

/** "+12% vs 1–10 Oct" (a display ratio of counts or paise; no money arithmetic). */
function change(now: number, before: number, period: string): Trend | null {
  if (before === 0) return now === 0 ? { text: `Same as ${period}`, tone: 'flat' } : { text: `None in ${period}`, tone: 'up' }
  const percent = Math.round(((now - before) / before) * 100)
  if (percent === 0) return { text: `Same as ${period}`, tone: 'flat' }
  return { text: `${percent > 0 ? '+' : '−'}${Math.abs(percent)}% vs ${period}`, tone: percent > 0 ? 'up' : 'down' }
}

/** Counted per whole month, so no like-for-like share: last month's figure, plainly. */
const lastMonth = (count: number): Trend => ({ text: `Last month: ${count}`, tone: 'flat' })

function Kpi({ label, value, change: delta }: { label: string; value: ReactNode; change: Trend | null }) {
  // Without a comparison the line stays, empty, so the four figures line up.
  return <Stat label={label} value={value} detail={delta?.text ?? '\u00a0'} detailClassName={delta ? `trend-${delta.tone}` : undefined} />
}

function TopCustomers({ customers }: { customers: CustomerContact[] }) {
  return (
    <ol className="rank-list">
      {customers.map((customer, index) => (
        <li key={customer.id} className="rank-row">
          <span className="rank">{index + 1}</span>
          <div className="rank-main">
            <a href={`#/customers/${customer.id}`}>{customer.full_name}</a>
            <div className="muted small">
              {customer.total_visits} {customer.total_visits === 1 ? 'visit' : 'visits'}
            </div>
          </div>
          <Money paise={customer.total_spent} className="strong" />
        </li>
      ))}
    </ol>
  )
}

function Inactive({ customers }: { customers: CustomerContact[] }) {
  const today = useSalonToday()
  return (
    <ul className="rank-list">
      {customers.map((customer) => (
        <li key={customer.id} className="rank-row">
          <div className="rank-main">
            <a href={`#/customers/${customer.id}`}>{customer.full_name}</a>
            <div className="small phone-line">{customer.phone ? formatPhone(customer.phone) : '—'}</div>
          </div>
          <span className="muted small nowrap">{customer.last_visit_at ? `Last ${relativeDay(customer.last_visit_at, today)}` : 'No visits yet'}</span>
        </li>
      ))}
    </ul>
  )
}

function Birthdays({ entries }: { entries: BirthdayEntry[] }) {
  return (
    <ul className="rank-list">
      {entries.map((entry) => (
        <li key={entry.id} className="rank-row">
          <div className="rank-main">
            <a href={`#/customers/${entry.id}`}>{entry.full_name}</a>
            <div className="small phone-line">{entry.phone ? formatPhone(entry.phone) : '—'}</div>
          </div>
          <div className="rank-side">
            <div className="small strong">{formatWeekdayDate(entry.birthday)}</div>
            <div className="muted small">{entry.days_until === 0 ? 'today' : entry.days_until === 1 ? 'tomorrow' : `in ${entry.days_until} days`}</div>
          </div>
        </li>
      ))}
    </ul>
  )
}
