import { useState, type FormEvent } from 'react'
import type { ApiError, DayTakings } from '../../api/contract'
import { pos } from '../../api/pos'
import { usePagedList } from '../../api/use-paged-list'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { TextAreaField, TextField } from '../../components/Field'
import { FormError } from '../../components/Form'
import { Money, PageHeader, Panel } from '../../components/bits'
import { Empty, PagedView, QueryView, ShowMore } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { formatPaise, paiseToInput, parseRupees } from '../../format/money'
import { formatDateTime, formatTime, formatWeekdayDate } from '../../format/time'
import { navigate } from '../../router/hash-router'
import { CashCount, countedPaise, type Counts } from './CashCount'
import { DayTakingsTable } from './DayTakingsTable'
import { LIMITS } from '../../../../vocabulary'

/** The end of a salon day at the counter: the takings by payment method, the drawer counted, the day closed for good. */
export function DayCloseScreen({ day }: { day: string | null }) {
  const takings = useQuery(() => pos('days.takings', day ? { day } : {}), [day])
  return (
    <div className="page page-day-close">
      <PageHeader title="Close the day" subtitle={takings.status === 'ok' ? formatWeekdayDate(takings.value.business_day) : undefined} />
      <QueryView query={takings} loadingLabel="Adding up the day…">
        {(value) => <CloseForm key={value.business_day} takings={value} onClosed={(id) => navigate(`/day-close/${id}`)} />}
      </QueryView>
      <ClosedDays />
    </div>
  )
}

function CloseForm({ takings, onClosed }: { takings: DayTakings; onClosed: (id: string) => void }) {
  const notify = useToast()
  const [float, setFloat] = useState(paiseToInput(takings.suggested_float))
  const [byNote, setByNote] = useState(false)
  const [counted, setCounted] = useState('')
  const [counts, setCounts] = useState<Counts>({})
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const floatPaise = parseRupees(float.trim() === '' ? '0' : float)
  const countedCash = byNote ? countedPaise(counts) : counted.trim() === '' ? null : (() => {
    const parsed = parseRupees(counted)
    return parsed.ok ? parsed.paise : null
  })()
  const expected = floatPaise.ok ? floatPaise.paise + takings.cash_net : null
  const difference = expected !== null && countedCash !== null ? countedCash - expected : null

  if (takings.blocker) {
    return (
      <div className="alert alert-warning" role="status">
        {takings.blocker}
      </div>
    )
  }

  function check(event: FormEvent) {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!floatPaise.ok) found.opening_float = floatPaise.message
    if (countedCash === null) found.counted_cash = byNote ? 'Count each note and coin in whole numbers.' : 'Enter the cash counted in the drawer.'
    if (difference !== null && difference !== 0 && !reason.trim()) found.reason = 'The cash counted differs from what is expected: say why.'
    setErrors(found)
    if (Object.keys(found).length === 0) setConfirming(true)
  }

  async function close() {
    if (!floatPaise.ok || countedCash === null) return
    setBusy(true)
    const denominations = byNote
      ? Object.fromEntries(Object.entries(counts).filter(([, typed]) => (typed ?? '').trim() !== '').map(([note, typed]) => [note, Number(typed)]))
      : undefined
    const result = await pos('days.close', {
      day: takings.business_day,
      opening_float: floatPaise.paise,
      ...(denominations ? { denominations } : { counted_cash: countedCash }),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    })
    setBusy(false)
    setConfirming(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      setFailure(result.error.fields ? null : result.error)
      return
    }
    notify({ tone: 'success', message: `${formatWeekdayDate(result.value.business_day)} is closed.` })
    onClosed(result.value.id)
  }

  return (
    <form className="day-close-grid" onSubmit={check} noValidate>
      <Panel title="Takings">
        <p className="muted small">
          Bills from {takings.covers_from ? formatDateTime(takings.covers_from) : 'the start'} to {formatTime(takings.covers_until)}. Bills posted after the close go to the next day’s.
        </p>
        <DayTakingsTable rows={takings.by_method} salesCount={takings.sales_count} refundsCount={takings.refunds_count} salesTotal={takings.sales_total} refundsTotal={takings.refunds_total} />
      </Panel>
      <Panel title="Cash in the drawer">
        <FormError message={failure?.message} />
        <TextField label="Float at opening (₹)" inputMode="decimal" value={float} onChange={(event) => setFloat(event.target.value)} error={errors.opening_float} hint="The change the drawer started the day with." />
        <p className="expected-cash">
          Expected in the drawer: <Money paise={expected ?? 0} /> <span className="muted small">(float + cash sales − cash refunds)</span>
        </p>
        <div className="segmented" role="radiogroup" aria-label="Count the cash">
          {[false, true].map((notes) => (
            <label key={String(notes)} className={`segment ${byNote === notes ? 'is-selected' : ''}`}>
              <input type="radio" name="count-kind" checked={byNote === notes} onChange={() => setByNote(notes)} />
              {notes ? 'Note by note' : 'As a total'}
            </label>
          ))}
        </div>
        {byNote ? <CashCount counts={counts} onChange={setCounts} /> : <TextField label="Cash counted (₹)" inputMode="decimal" value={counted} onChange={(event) => setCounted(event.target.value)} error={errors.counted_cash} />}
        {byNote && errors.counted_cash ? <div className="field-error">{errors.counted_cash}</div> : null}
        <p className={`cash-difference ${difference === null || difference === 0 ? '' : difference > 0 ? 'is-over' : 'is-short'}`} role="status">
          {difference === null ? 'Count the drawer to see the difference.' : difference === 0 ? 'The drawer matches.' : difference > 0 ? `${formatPaise(difference)} more than expected.` : `${formatPaise(-difference)} short.`}
        </p>
        {difference !== null && difference !== 0 ? <TextAreaField label="Why it differs" value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} maxLength={LIMITS.dayCloseReason} rows={2} /> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Close {formatWeekdayDate(takings.business_day)}
          </Button>
        </div>
      </Panel>
      {confirming ? (
        <Dialog
          title={`Close ${formatWeekdayDate(takings.business_day)}?`}
          description="A closed day cannot be changed. Bills posted after this go to the next day’s close."
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>Not yet</Button>
              <Button variant="primary" busy={busy} onClick={() => void close()} autoFocus>
                Close the day
              </Button>
            </>
          }
        >
          <p>
            Net takings <Money paise={takings.net} />; cash counted <Money paise={countedCash ?? 0} />
            {difference ? ` (${difference > 0 ? '+' : '−'}${formatPaise(Math.abs(difference))})` : ''}.
          </p>
        </Dialog>
      ) : null}
    </form>
  )
}

/** The days closed before, newest first. */
function ClosedDays() {
  const closes = usePagedList((before) => pos('days.list', before ? { before } : {}), [])
  return (
    <Panel title="Closed days">
      <PagedView list={closes} loadingLabel="Loading closed days…" empty={<Empty title="No day closed yet." />}>
        {(items) => (
          <>
            <ul className="closed-days">
              {items.map((close) => (
                <li key={close.id}>
                  <a href={`#/day-close/${close.id}`}>{formatWeekdayDate(close.business_day)}</a>
                  <span className="muted">
                    Net <Money paise={close.net} /> · {close.difference === 0 ? 'drawer matched' : `${close.difference > 0 ? '+' : '−'}${formatPaise(Math.abs(close.difference))}`}
                  </span>
                </li>
              ))}
            </ul>
            <ShowMore list={closes}>Show earlier days</ShowMore>
          </>
        )}
      </PagedView>
    </Panel>
  )
}

