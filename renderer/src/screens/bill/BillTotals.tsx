import type { Bill, BillPreview } from '../../api/contract'
import { Money } from '../../components/bits'

/** Half the bill's rate in basis points, as a percentage: 500 → "2.5%" each for CGST and SGST. */
const halfRate = (basisPoints: number) => `${(basisPoints / 200).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`

/**
 * Subtotal → discount → GST → rounding → total, exactly as the core computed them. CGST and SGST
 * are labelled with the rate these figures were taxed at (a posted bill keeps its own rate when
 * the salon's setting changes later).
 */
export function BillTotals({ figures }: { figures: BillPreview | Bill }) {
  const taxable = 'taxable_value' in figures ? figures.taxable_value : figures.subtotal - figures.discount
  const hasGst = figures.cgst > 0 || figures.sgst > 0
  const rate = figures.gst_rate_bp > 0 ? ` ${halfRate(figures.gst_rate_bp)}` : ''
  return (
    <dl className="totals">
      <div className="totals-row">
        <dt>Subtotal</dt>
        <dd>
          <Money paise={figures.subtotal} />
        </dd>
      </div>
      {figures.discount > 0 ? (
        <>
          <div className="totals-row">
            <dt>Discount</dt>
            <dd>
              −<Money paise={figures.discount} />
            </dd>
          </div>
          <div className="totals-row totals-minor">
            <dt>Taxable value</dt>
            <dd>
              <Money paise={taxable} />
            </dd>
          </div>
        </>
      ) : null}
      {hasGst ? (
        <>
          <div className="totals-row">
            <dt>CGST{rate}</dt>
            <dd>
              <Money paise={figures.cgst} />
            </dd>
          </div>
          <div className="totals-row">
            <dt>SGST{rate}</dt>
            <dd>
              <Money paise={figures.sgst} />
            </dd>
          </div>
        </>
      ) : null}
      {figures.rounding_adjustment !== 0 ? (
        <div className="totals-row totals-minor">
          <dt>Rounding</dt>
          <dd>
            {figures.rounding_adjustment > 0 ? '+' : '−'}
            <Money paise={Math.abs(figures.rounding_adjustment)} />
          </dd>
        </div>
      ) : null}
      <div className="totals-row totals-grand">
        <dt>Total</dt>
        <dd>
          <Money paise={figures.rounded_total} />
        </dd>
      </div>
    </dl>
  )
}
