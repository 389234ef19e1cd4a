import { useState } from 'react'
import type { GstAmounts, GstSummary } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { Money, Panel } from '../../components/bits'
import { SelectField } from '../../components/Field'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'

const percent = (bp: number) => `${bp / 100}%`

/** The last twelve salon months and the financial years they touch, newest first. */
function periods(today: Date): { value: string; label: string }[] {
  const months: { value: string; label: string }[] = []
  for (let back = 0; back < 12; back++) {
    const date = new Date(today.getFullYear(), today.getMonth() - back, 1)
    months.push({ value: `m:${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`, label: date.toLocaleDateString('en-IN', { month: 'long', year: 'numeric' }) })
  }
  const fy = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1
  const years = [fy, fy - 1].map((start) => ({ value: `y:${start}`, label: `FY ${start}-${String((start + 1) % 100).padStart(2, '0')} (April–March)` }))
  return [...months, ...years]
}

const inputOf = (value: string) => (value.startsWith('y:') ? { fy: Number(value.slice(2)) } : { month: value.slice(2) })

/** GST for the accountant: a month or a financial year, as a page and as GSTR-1 CSV files. */
export function GstTab() {
  const options = periods(new Date())
  const [period, setPeriod] = useState(options[0]?.value ?? '')
  const summary = useQuery(() => pos('gst.summary', inputOf(period)), [period])
  const notify = useToast()
  const [busy, setBusy] = useState(false)

  async function exportCsv() {
    setBusy(true)
    const result = await pos('gst.exportCsv', inputOf(period))
    setBusy(false)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    const folder = result.value.files[0]?.replace(/[\\/][^\\/]*$/, '') ?? ''
    notify({ tone: 'success', message: `${result.value.files.length} CSV files saved in ${folder}.` })
  }

  return (
    <div className="stack gst-tab">
      <div className="gst-toolbar">
        <SelectField label="Period" value={period} onChange={(event) => setPeriod(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <Button onClick={() => void exportCsv()} busy={busy}>
          Export CSV for GSTR-1
        </Button>
      </div>
      <QueryPage query={summary} loadingLabel="Adding up the bills…">
        {(value) => <GstReport summary={value} />}
      </QueryPage>
    </div>
  )
}

/** The column headings over AmountCells. */
function AmountHeaders() {
  return (
    <>
      <th scope="col" className="num">
        Taxable value
      </th>
      <th scope="col" className="num">
        CGST
      </th>
      <th scope="col" className="num">
        SGST
      </th>
    </>
  )
}

function AmountCells({ amounts }: { amounts: GstAmounts }) {
  return (
    <>
      <td className="num">
        <Money paise={amounts.taxable_value} />
      </td>
      <td className="num">
        <Money paise={amounts.cgst} />
      </td>
      <td className="num">
        <Money paise={amounts.sgst} />
      </td>
    </>
  )
}

/** A composition salon's figures (GSTR-4, CMP-08): turnover per quarter, bills of supply less their credit notes. */
function CompositionReport({ composition }: { composition: NonNullable<GstSummary['composition']> }) {
  return (
    <Panel title="Composition scheme: turnover by quarter (CMP-08, GSTR-4)">
      <p className="muted">Bills posted under the composition scheme collect no GST, so they are in no GSTR-1 table. CMP-08 is paid on this turnover each quarter.</p>
      <table className="table" aria-label="Composition turnover by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col" className="num">
              Bills of supply
            </th>
            <th scope="col" className="num">
              Credit notes
            </th>
            <th scope="col" className="num">
              Turnover
            </th>
          </tr>
        </thead>
        <tbody>
          {composition.quarters.map((quarter) => (
            <tr key={quarter.quarter}>
              <th scope="row">{quarter.quarter}</th>
              <td className="num">
                <Money paise={quarter.invoiced} /> ({quarter.bills})
              </td>
              <td className="num">
                <Money paise={quarter.credited} /> ({quarter.credit_notes})
              </td>
              <td className="num">
                <Money paise={quarter.turnover} />
              </td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Total</th>
            <td />
            <td />
            <td className="num">
              <Money paise={composition.turnover} />
            </td>
          </tr>
        </tbody>
      </table>
    </Panel>
  )
}

function GstReport({ summary }: { summary: GstSummary }) {
  return (
    <>
      {summary.composition ? <CompositionReport composition={summary.composition} /> : null}
      <Panel title={`GST for ${summary.label}`}>
        <p className="muted">
          {summary.invoices} {summary.invoices === 1 ? 'invoice' : 'invoices'} and {summary.credit_notes} {summary.credit_notes === 1 ? 'credit note' : 'credit notes'}, {summary.from.split('-').reverse().join('/')} to{' '}
          {summary.to.split('-').reverse().join('/')}. Place of supply {summary.place_of_supply ?? '(set the salon’s state in Settings)'}. Credit notes are taken off.
        </p>
        <table className="table" aria-label="Tax by rate">
          <thead>
            <tr>
              <th scope="col">GST rate</th>
              <AmountHeaders />
              <th scope="col" className="num">
                Credit notes (taxable)
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.by_rate.map((row) => (
              <tr key={row.gst_rate_bp}>
                <th scope="row">{row.gst_rate_bp === 0 ? 'No tax (bill of supply)' : `${percent(row.gst_rate_bp)} (CGST ${percent(row.gst_rate_bp / 2)} + SGST ${percent(row.gst_rate_bp / 2)})`}</th>
                <AmountCells amounts={row} />
                <td className="num">
                  <Money paise={row.credited.taxable_value} />
                </td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">Total</th>
              <AmountCells amounts={summary.totals} />
              <td />
            </tr>
          </tbody>
        </table>
      </Panel>
      <div className="grid-2">
        <Panel title="SAC/HSN summary">
          <table className="table" aria-label="SAC/HSN summary">
            <thead>
              <tr>
                <th scope="col">SAC/HSN</th>
                <th scope="col">Rate</th>
                <th scope="col" className="num">
                  Qty
                </th>
                <AmountHeaders />
              </tr>
            </thead>
            <tbody>
              {summary.by_code.map((row) => (
                <tr key={`${row.code}-${row.gst_rate_bp}`}>
                  <td>{row.code}</td>
                  <td>{percent(row.gst_rate_bp)}</td>
                  <td className="num">{row.quantity}</td>
                  <AmountCells amounts={row} />
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Panel title="Documents issued (GSTR-1 Table 13)">
          <table className="table" aria-label="Documents issued">
            <thead>
              <tr>
                <th scope="col">Nature</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  Cancelled
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.documents.map((doc) => (
                <tr key={doc.series}>
                  <td>{doc.nature}</td>
                  <td>{doc.first}</td>
                  <td>{doc.last}</td>
                  <td className="num">{doc.count}</td>
                  <td className="num">{doc.cancelled}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </div>
      {summary.b2b.length > 0 ? (
        <Panel title="To registered businesses (B2B)">
          <table className="table" aria-label="To registered businesses">
            <thead>
              <tr>
                <th scope="col">GSTIN</th>
                <th scope="col">Name</th>
                <th scope="col">Number</th>
                <th scope="col">Date</th>
                <AmountHeaders />
              </tr>
            </thead>
            <tbody>
              {summary.b2b.map((doc) => (
                <tr key={`${doc.number}-${doc.gst_rate_bp}`}>
                  <td>{doc.buyer_gstin}</td>
                  <td>{doc.buyer_name}</td>
                  <td>
                    {doc.number}
                    {doc.kind === 'credit-note' ? ' (credit note)' : ''}
                  </td>
                  <td>{doc.date}</td>
                  <AmountCells amounts={doc} />
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}
    </>
  )
}
