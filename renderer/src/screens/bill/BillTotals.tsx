import { Fragment } from 'react'
import type { Bill, BillPreview } from '../../api/contract'
import { Money } from '../../components/bits'

/** Half the bill's rate in basis points, as a percentage: 500 → "2.5%" each for CGST and SGST. */
const halfRate = (basisPoints: number) => `${(basisPoints / 200).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`
const fullRate = (basisPoints: number) => `${(basisPoints / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`

/**
 * Subtotal → discount → GST → rounding → total, exactly as the core computed them. CGST and SGST
 * are labelled with the rate these figures were taxed at (a posted bill keeps its own rate when
 * the salon's setting changes later). A bill with lines at several rates shows each rate's
 * taxable value, CGST and SGST, as computed by the core.
 */
export function BillTotals({ figures }: { figures: BillPreview | Bill }) {
  const taxable = 'taxable_value' in figures ? figures.taxable_value : figures.subtotal - figures.discount
  const hasGst = figures.cgst > 0 || figures.sgst > 0
  // A single-rate bill (every bill before the menu) reads as it always has.
  const single = figures.tax_rates.length === 1 ? (figures.tax_rates[0]?.gst_rate_bp ?? figures.gst_rate_bp) : figures.gst_rate_bp
  const rate = single > 0 ? ` ${halfRate(single)}` : ''
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
      {hasGst && figures.tax_rates.length > 1 ? (
        // Lines at several rates (5% services, 18% products): the taxable value and CGST and SGST per rate.
        figures.tax_rates.map((rate) => (
          <Fragment key={rate.gst_rate_bp}>
            <div className="totals-row totals-minor">
              <dt>Taxable at {fullRate(rate.gst_rate_bp)}</dt>
              <dd>
                <Money paise={rate.taxable_value} />
              </dd>
            </div>
            <div className="totals-row">
              <dt>CGST {halfRate(rate.gst_rate_bp)}</dt>
              <dd>
                <Money paise={rate.cgst} />
              </dd>
            </div>
            <div className="totals-row">
              <dt>SGST {halfRate(rate.gst_rate_bp)}</dt>
              <dd>
                <Money paise={rate.sgst} />
              </dd>
            </div>
          </Fragment>
        ))
      ) : hasGst ? (
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
