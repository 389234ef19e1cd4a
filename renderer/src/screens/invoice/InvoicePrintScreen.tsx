import { useState } from 'react'
import type { Invoice, PaperSize } from '../../api/contract'
import { pos } from '../../api/pos'
import { useQuery } from '../../api/use-query'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/bits'
import { Icon } from '../../components/Icon'
import { QueryPage } from '../../components/StateView'
import { useToast } from '../../components/toasts'
import { InvoiceDocument } from './InvoiceDocument'
import { ShareInvoice } from './ShareInvoice'

/** The print view of a bill's invoice: A4 or an 80 mm receipt, printed, saved as PDF or shared. */
export function InvoicePrintScreen({ id, paper }: { id: string; paper: PaperSize }) {
  const invoice = useQuery(() => pos('invoices.get', { bill_id: id }), [id])
  return (
    <QueryPage query={invoice} loadingLabel="Preparing the invoice…">
      {(value) => <PrintView invoice={value} billId={id} paper={paper} onPrinted={invoice.reload} />}
    </QueryPage>
  )
}

/** After a print or a PDF the core has counted it: the view reloads, and every later copy reads "Duplicate for supplier". */
function PrintView({ invoice, billId, paper, onPrinted }: { invoice: Invoice; billId: string; paper: PaperSize; onPrinted: () => void }) {
  const notify = useToast()
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null)

  async function print() {
    setBusy('print')
    const result = await pos('invoices.print', { bill_id: billId, paper })
    setBusy(null)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    // No printer port (a browser): the browser's own print dialog, laid out by the same print styles.
    if (result.value.reason === 'no-printer') {
      window.print()
      return onPrinted()
    }
    onPrinted()
    if (!result.value.printed) notify({ tone: 'info', message: `Not printed (${result.value.reason ?? 'cancelled'}).` })
  }

  async function savePdf() {
    setBusy('pdf')
    const result = await pos('invoices.savePdf', { bill_id: billId, paper })
    setBusy(null)
    if (!result.ok) return notify({ tone: 'error', message: result.error.message })
    if (result.value.file === null) return window.print() // the browser's dialog offers "Save as PDF"
    onPrinted()
    notify({ tone: 'success', message: `Saved: ${result.value.file}` })
  }

  const other: PaperSize = paper === 'a4' ? '80mm' : 'a4'
  return (
    <div className="page page-invoice-print">
      <div className="print-toolbar">
        <PageHeader
          back={{ href: `#/bills/${billId}`, label: `Bill ${invoice.number}` }}
          title={`${invoice.title} ${invoice.number}`}
          subtitle={paper === 'a4' ? 'A4 sheet' : '80 mm receipt'}
          actions={
            <>
              <a className="btn btn-secondary btn-md" href={`#/bills/${billId}/print?paper=${other}`}>
                {other === 'a4' ? 'A4 sheet' : '80 mm receipt'}
              </a>
              <Button onClick={() => void savePdf()} busy={busy === 'pdf'} icon={<Icon name="download" size={16} />}>
                Save as PDF
              </Button>
              <Button variant="primary" onClick={() => void print()} busy={busy === 'print'} icon={<Icon name="receipt" size={16} />}>
                Print
              </Button>
            </>
          }
        />
        {invoice.missing.length > 0 ? (
          <div className="alert alert-warning" role="status">
            <Icon name="alert" size={16} /> This invoice lacks {invoice.missing.join(', ')}. The owner adds them in Admin › Settings.
          </div>
        ) : null}
        <ShareInvoice billId={billId} />
      </div>
      <div className={`invoice-paper invoice-paper-${paper}`}>
        <InvoiceDocument invoice={invoice} paper={paper} />
      </div>
    </div>
  )
}
