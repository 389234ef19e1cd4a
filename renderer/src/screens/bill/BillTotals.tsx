import type { Bill, BillPreview } from '../../api/contract'
import { Money } from '../../components/bits'

const percent = (basisPoints: number) => `${(basisPoints / 200).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`

/** Subtotal → discount → GST → rounding → total, exactly as the core computed them. */
export function BillTotals({ figures, gstRateBp }: { figures: BillPreview | Bill; gstRateBp: number | null }) {
  const taxable = 'taxable_value' in figures ? figures.taxable_value : figures.subtotal - figures.discount
  const hasGst = figures.cgst > 0 || figures.sgst > 0
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
            <dt>CGST{gstRateBp ? ` ${percent(gstRateBp)}` : ''}</dt>
            <dd>
              <Money paise={figures.cgst} />
            </dd>
          </div>
          <div className="totals-row">
            <dt>SGST{gstRateBp ? ` ${percent(gstRateBp)}` : ''}</dt>
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
