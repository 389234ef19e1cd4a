import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button, ButtonLink } from '../../components/Button'
import { Money, PageHeader, Panel } from '../../components/bits'
import { QueryView } from '../../components/StateView'
import { formatPaise } from '../../format/money'
import { formatDateTime, formatWeekdayDate } from '../../format/time'
import { useSession } from '../../session/session-context'
import { CASH_DENOMINATIONS } from '../../../../vocabulary'
import { DayTakingsTable } from './DayTakingsTable'

/** A closed day, as kept: never changed, and printable for the accounts file. */
export function DayCloseReport({ id }: { id: string }) {
  const close = useQuery(() => pos('days.get', { id }), [id])
  const { settings } = useSession()
  return (
    <div className="page page-day-report">
      <QueryView query={close} loadingLabel="Loading the closed day…">
        {(day) => (
          <>
            <PageHeader
              title={`Day closed: ${formatWeekdayDate(day.business_day)}`}
              subtitle={`${settings.salon_name} · closed ${formatDateTime(day.closed_at)} by ${day.closed_by_name ?? 'a former user'}`}
              back={{ href: '#/day-close', label: 'Close the day' }}
              actions={
                <>
                  <ButtonLink href={`#/bills?date=${day.business_day}`}>The day’s bills</ButtonLink>
                  <Button variant="primary" onClick={() => window.print()}>
                    Print
                  </Button>
                </>
              }
            />
            <div className="day-close-grid">
              <Panel title="Takings">
                <p className="muted small">
                  Bills from {day.covers_from ? formatDateTime(day.covers_from) : 'the start'} to {formatDateTime(day.covers_until)}.
                </p>
                <DayTakingsTable rows={day.by_method} salesCount={day.sales_count} refundsCount={day.refunds_count} salesTotal={day.sales_total} refundsTotal={day.refunds_total} />
              </Panel>
              <Panel title="Cash in the drawer">
                <dl className="facts">
                  <dt>Float at opening</dt>
                  <dd>
                    <Money paise={day.opening_float} />
                  </dd>
                  <dt>Cash sales less cash refunds</dt>
                  <dd>
                    <Money paise={day.cash_net} />
                  </dd>
                  <dt>Expected</dt>
                  <dd>
                    <Money paise={day.expected_cash} />
                  </dd>
                  <dt>Counted</dt>
                  <dd>
                    <Money paise={day.counted_cash} />
                  </dd>
                  <dt>Difference</dt>
                  <dd className={day.difference === 0 ? '' : day.difference > 0 ? 'is-over' : 'is-short'}>{day.difference === 0 ? 'None' : `${day.difference > 0 ? '+' : '−'}${formatPaise(Math.abs(day.difference))}`}</dd>
                  {day.reason ? (
                    <>
                      <dt>Why</dt>
                      <dd>{day.reason}</dd>
                    </>
                  ) : null}
                </dl>
                {day.denominations ? (
                  <table className="table compact">
                    <caption>Counted note by note</caption>
                    <tbody>
                      {CASH_DENOMINATIONS.filter((note) => (day.denominations?.[note] ?? 0) > 0).map((note) => (
                        <tr key={note}>
                          <th scope="row">₹{Number(note).toLocaleString('en-IN')} × {day.denominations?.[note]}</th>
                          <td className="num">
                            <Money paise={Number(note) * 100 * (day.denominations?.[note] ?? 0)} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </Panel>
            </div>
          </>
        )}
      </QueryView>
    </div>
  )
}
