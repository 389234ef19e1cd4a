import { useState } from 'react'
import type { StylistMonth } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Money, PageHeader, Panel, Stat } from '../../components/bits'
import { TextField } from '../../components/Field'
import { DialogForm } from '../../components/Form'
import { Empty, QueryView } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { ROLE_LABEL } from '../../format/names'
import { formatMonthLong } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { useSalonToday } from '../../session/session-context'

const percent = (basisPoints: number) => `${(basisPoints / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`

const shiftMonth = (month: string, by: number) => {
  const [year = 0, number = 1] = month.split('-').map(Number)
  const index = year * 12 + (number - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * The owner's stylists, one salon month: services done, revenue (after discounts, before GST),
 * average bill, how many of their customers came back, and the commission it comes to. A report
 * for the owner to pay from, not payroll.
 */
export function StylistReportScreen({ month: asked }: { month: string | null }) {
  const thisMonth = useSalonToday().slice(0, 7)
  const month = asked && /^\d{4}-\d{2}$/.test(asked) && asked <= thisMonth ? asked : thisMonth
  const report = useQuery(() => pos('stylists.report', { month }), [month])
  const [editing, setEditing] = useState<StylistMonth | null>(null)
  const go = (next: string) => navigate(`/analytics/stylists?month=${next}`, { replace: true })

  return (
    <div className="page page-stylists">
      <PageHeader
        back={{ href: '#/analytics', label: 'Analytics' }}
        title="Stylists"
        subtitle={`${formatMonthLong(month)} · services on bills, revenue before GST`}
        actions={
          <div className="button-row">
            <Button size="sm" onClick={() => go(shiftMonth(month, -1))}>
              ← {formatMonthLong(shiftMonth(month, -1))}
            </Button>
            {month < thisMonth ? (
              <Button size="sm" onClick={() => go(shiftMonth(month, 1))}>
                {formatMonthLong(shiftMonth(month, 1))} →
              </Button>
            ) : null}
          </div>
        }
      />
      <QueryView query={report} isEmpty={(value) => value.stylists.length === 0} empty={<Empty title="No stylists yet.">Add your stylists as Staff in Admin → Team, then pick them on each service line of a bill.</Empty>}>
        {(value) => (
          <>
            <div className="stats-row">
              <Stat label="Services done" value={value.services_done.toLocaleString('en-IN')} />
              <Stat label="Revenue" value={<Money paise={value.revenue} />} />
              <Stat label="Commission due" value={<Money paise={value.commission_due} />} />
            </div>
            <Panel title={`Per stylist, ${formatMonthLong(month)}`}>
              <table className="table stylist-table">
                <thead>
                  <tr>
                    <th scope="col">Stylist</th>
                    <th scope="col" className="num">
                      Services
                    </th>
                    <th scope="col" className="num">
                      Revenue
                    </th>
                    <th scope="col" className="num">
                      Average bill
                    </th>
                    <th scope="col" className="num">
                      Returning customers
                    </th>
                    <th scope="col" className="num">
                      Commission
                    </th>
                    <th scope="col" className="num">
                      Due
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {value.stylists.map((row) => (
                    <tr key={row.stylist_id}>
                      <td>
                        <span className="strong">{row.name}</span> <span className="muted small">{ROLE_LABEL[row.role]}</span>
                      </td>
                      <td className="num">{row.services_done}</td>
                      <td className="num">
                        <Money paise={row.revenue} />
                      </td>
                      <td className="num">
                        <Money paise={row.average_bill} />
                      </td>
                      <td className="num">{row.customers > 0 ? `${percent(row.returning_share_bp)} (${row.returning_customers} of ${row.customers})` : <span className="muted">—</span>}</td>
                      <td className="num">
                        <Button size="sm" variant="ghost" onClick={() => setEditing(row)} aria-label={`Commission for ${row.name}: ${percent(row.commission_bp)}`}>
                          {percent(row.commission_bp)}
                        </Button>
                      </td>
                      <td className="num strong">
                        <Money paise={row.commission_due} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small report-note">Revenue is each stylist’s service lines after their share of any discount, before GST, less refunds posted this month. Returning customers had bought before the month began.</p>
            </Panel>
          </>
        )}
      </QueryView>
      {editing ? (
        <CommissionDialog
          stylist={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            report.reload()
          }}
        />
      ) : null}
    </div>
  )
}

function CommissionDialog({ stylist, onClose, onSaved }: { stylist: StylistMonth; onClose: () => void; onSaved: () => void }) {
  const notify = useToast()
  const [value, setValue] = useState((stylist.commission_bp / 100).toString())
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit() {
    const typed = value.trim().replace(/%$/, '')
    const basisPoints = Math.round(Number(typed) * 100)
    if (typed === '' || !Number.isFinite(Number(typed)) || basisPoints < 0 || basisPoints > 10_000) return setError('A percentage from 0 to 100, like 10 or 12.5.')
    setBusy(true)
    const result = await pos('users.update', { id: stylist.stylist_id, commission_bp: basisPoints })
    setBusy(false)
    if (!result.ok) return setError(result.error.fields?.commission_bp ?? result.error.message)
    notify({ tone: 'success', message: `${stylist.name}’s commission is ${percent(basisPoints)}.` })
    onSaved()
  }

  return (
    <DialogForm title={`Commission for ${stylist.name}`} description="A percentage of the revenue from their services, shown in this report for every month." onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Save">
      <TextField label="Commission (%)" inputMode="decimal" autoFocus value={value} onChange={(event) => setValue(event.target.value)} error={error} autoComplete="off" />
    </DialogForm>
  )
}
