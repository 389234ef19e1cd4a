import type { Invoice, PaperSize } from '../../api/contract'
import { formatPaise } from '../../format/money'

const percent = (bp: number) => `${bp / 100}%`

const NUMBER_LABEL: Record<Invoice['document'], string> = {
  'tax-invoice': 'Invoice no.',
  'bill-of-supply': 'Bill no.',
  'credit-note': 'Credit note no.',
  receipt: 'Receipt no.',
  'refund-receipt': 'Refund no.',
}

/**
 * An invoice as printed: every particular of CGST Rule 46 the core put in it, laid out for an A4
 * sheet or an 80 mm receipt roll by the print styles (styles/invoice.css). No tax arithmetic here.
 */
export function InvoiceDocument({ invoice, paper }: { invoice: Invoice; paper: PaperSize }) {
  const { supplier, buyer } = invoice
  const receipt = paper === '80mm'
  return (
    <article className={`invoice-doc invoice-${paper}`} aria-label={`${invoice.title} ${invoice.number}`}>
      <header className="inv-head">
        <div className="inv-supplier">
          <div className="inv-supplier-name">{supplier.name}</div>
          {supplier.trade_name ? <div>{supplier.trade_name}</div> : null}
          {supplier.address ? <div className="inv-address">{supplier.address}</div> : null}
          {supplier.state ? (
            <div>
              State: {supplier.state} ({supplier.state_code})
            </div>
          ) : null}
          {supplier.gstin ? <div>GSTIN: {supplier.gstin}</div> : null}
          {supplier.phone ? <div>Phone: {supplier.phone}</div> : null}
        </div>
        <div className="inv-title-block">
          <div className="inv-copy">{invoice.copy_label}</div>
          <h1 className="inv-title">{invoice.title}</h1>
          {invoice.heading ? <p className="inv-heading">{invoice.heading}</p> : null}
          <dl className="inv-facts">
            <dt>{NUMBER_LABEL[invoice.document]}</dt>
            <dd>{invoice.number}</dd>
            <dt>Date</dt>
            <dd>{invoice.date}</dd>
            {invoice.place_of_supply ? (
              <>
                <dt>Place of supply</dt>
                <dd>{invoice.place_of_supply}</dd>
              </>
            ) : null}
            {invoice.taxed ? (
              <>
                <dt>Reverse charge</dt>
                <dd>No</dd>
              </>
            ) : null}
          </dl>
        </div>
      </header>

      {invoice.original ? (
        <p className="inv-original">
          Against invoice {invoice.original.number} dated {invoice.original.date}
          {invoice.reason ? `. Reason: ${invoice.reason}` : ''}
        </p>
      ) : null}

      <section className="inv-buyer" aria-label="Billed to">
        <div className="inv-label">{invoice.document === 'credit-note' || invoice.document === 'refund-receipt' ? 'Issued to' : 'Billed to'}</div>
        <div className="inv-buyer-name">{buyer.name}</div>
        {buyer.gstin ? <div>GSTIN: {buyer.gstin}</div> : null}
        {buyer.address ? <div className="inv-address">{buyer.address}</div> : null}
        {buyer.state && (buyer.address || buyer.gstin) ? (
          <div>
            State: {buyer.state} ({buyer.state_code})
          </div>
        ) : null}
      </section>

      <table className="inv-lines">
        <thead>
          <tr>
            <th scope="col" className="inv-no">
              #
            </th>
            <th scope="col">{receipt ? 'Service (SAC)' : 'Description'}</th>
            {receipt ? null : <th scope="col">SAC/HSN</th>}
            <th scope="col" className="num">
              Qty
            </th>
            {receipt ? null : (
              <>
                <th scope="col" className="num">
                  Rate
                </th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  Discount
                </th>
              </>
            )}
            <th scope="col" className="num">
              Taxable value
            </th>
            {invoice.taxed && !receipt ? (
              <th scope="col" className="num">
                GST
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.line_no}>
              <td className="inv-no">{line.line_no}</td>
              <td className="inv-description">
                {line.description}
                {receipt ? <span className="inv-code"> ({line.code})</span> : null}
              </td>
              {receipt ? null : <td>{line.code}</td>}
              <td className="num">{line.quantity}</td>
              {receipt ? null : (
                <>
                  <td className="num">{formatPaise(line.unit_price)}</td>
                  <td className="num">{formatPaise(line.value)}</td>
                  <td className="num">{line.discount > 0 ? formatPaise(line.discount) : '—'}</td>
                </>
              )}
              <td className="num">{formatPaise(line.taxable_value)}</td>
              {invoice.taxed && !receipt ? <td className="num">{percent(line.gst_rate_bp)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>

      <div className="inv-money">
        {invoice.taxed ? (
          <table className="inv-tax" aria-label="Tax by rate">
            <thead>
              <tr>
                <th scope="col">Taxable value</th>
                <th scope="col">CGST</th>
                <th scope="col">SGST</th>
              </tr>
            </thead>
            <tbody>
              {invoice.tax_table.map((row) => (
                <tr key={row.gst_rate_bp}>
                  <td>{formatPaise(row.taxable_value)}</td>
                  <td>
                    {percent(row.gst_rate_bp / 2)} {formatPaise(row.cgst)}
                  </td>
                  <td>
                    {percent(row.gst_rate_bp / 2)} {formatPaise(row.sgst)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <dl className="inv-totals">
          <dt>Subtotal</dt>
          <dd>{formatPaise(invoice.subtotal)}</dd>
          {invoice.discount > 0 ? (
            <>
              <dt>Discount</dt>
              <dd>−{formatPaise(invoice.discount)}</dd>
            </>
          ) : null}
          {invoice.taxed ? (
            <>
              <dt>Taxable value</dt>
              <dd>{formatPaise(invoice.taxable_value)}</dd>
              <dt>CGST</dt>
              <dd>{formatPaise(invoice.cgst)}</dd>
              <dt>SGST</dt>
              <dd>{formatPaise(invoice.sgst)}</dd>
            </>
          ) : null}
          {invoice.rounding_adjustment !== 0 ? (
            <>
              <dt>Rounding</dt>
              <dd>{invoice.rounding_adjustment > 0 ? '+' : '−'}{formatPaise(Math.abs(invoice.rounding_adjustment))}</dd>
            </>
          ) : null}
          <dt className="inv-grand">{invoice.document === 'credit-note' ? 'Total credited' : invoice.document === 'refund-receipt' ? 'Total refunded' : 'Total'}</dt>
          <dd className="inv-grand">{formatPaise(invoice.rounded_total)}</dd>
        </dl>
      </div>
      <p className="inv-words">
        <span className="inv-label">Amount in words:</span> {invoice.amount_in_words}
      </p>
      {invoice.note ? <p className="inv-note">{invoice.note}</p> : null}
      {invoice.footer ? <p className="inv-footer">{invoice.footer}</p> : null}
      <div className="inv-sign">
        <div>For {supplier.name}</div>
        <div className="inv-sign-line">{invoice.signatory}</div>
      </div>
    </article>
  )
}
