import type { MethodTakings } from '../../api/contract'
import { Money } from '../../components/bits'
import { PAYMENT_LABEL } from '../../format/names'

/** Takings by payment method: sales, refunds paid back, and what each method netted. */
export function DayTakingsTable({ rows, salesCount, refundsCount, salesTotal, refundsTotal }: { rows: MethodTakings[]; salesCount: number; refundsCount: number; salesTotal: number; refundsTotal: number }) {
  return (
    <table className="table compact day-takings">
      <caption className="visually-hidden">Takings by payment method</caption>
      <thead>
        <tr>
          <th scope="col">Paid by</th>
          <th scope="col" className="num">
            Sales
          </th>
          <th scope="col" className="num">
            Refunds
          </th>
          <th scope="col" className="num">
            Net
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.method}>
            <th scope="row">{PAYMENT_LABEL[row.method]}</th>
            <td className="num">
              <Money paise={row.sales} />
            </td>
            <td className="num">{row.refunds > 0 ? <>−<Money paise={row.refunds} /></> : <Money paise={0} />}</td>
            <td className="num">
              <Money paise={row.net} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            {salesCount} {salesCount === 1 ? 'bill' : 'bills'}, {refundsCount} {refundsCount === 1 ? 'refund' : 'refunds'}
          </th>
          <td className="num">
            <Money paise={salesTotal} />
          </td>
          <td className="num">{refundsTotal > 0 ? <>−<Money paise={refundsTotal} /></> : <Money paise={0} />}</td>
          <td className="num">
            <strong>
              <Money paise={salesTotal - refundsTotal} />
            </strong>
          </td>
        </tr>
      </tfoot>
    </table>
  )
}
