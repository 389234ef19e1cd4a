import type { Bill } from '../bills/bills.shapes'
import type { CustomerDetail } from './customers.shapes'
import type { Visit } from '../visits/visits.shapes'
import { formatRupees } from '../../../vocabulary'

export type CustomerExport = {
  exported_at: string
  salon: string
  customer: CustomerDetail
  visits: Visit[]
  bills: Bill[]
  note: string
}

const escapeHtml = (text: string | number | null | undefined): string =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

const money = formatRupees
const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—')

/** Names the customer a page is about, so an erasure knows the page for theirs (export-erasure.ts). */
export const PAGE_MARKER = 'parlour-customer'

/** The marker as it appears in a page about `customerId`. */
export const pageMarkerFor = (customerId: string) => `<meta name="${PAGE_MARKER}" content="${escapeHtml(customerId)}">`

/**
 * The DPDP "right to access" page: everything Parlour holds about one customer, readable
 * offline in any browser. Self-contained: no scripts, no remote anything; every value escaped.
 */
export function customerPage(data: CustomerExport): string {
  const c = data.customer
  const rows = (cells: (string | number | null)[][]) => cells.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')
  const profile: [string, string | number | null][] = [
    ['Name', c.full_name],
    ['Phone', c.phone],
    ['Email', c.email],
    ['Date of birth', c.date_of_birth],
    ['Gender', c.gender],
    ['Customer since', when(c.member_since)],
    ['Visits', c.total_visits],
    ['Total spent', money(c.total_spent)],
    ['Last visit', when(c.last_visit_at)],
  ]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
${pageMarkerFor(c.id)}
<title>Data held about ${escapeHtml(c.full_name)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #d9dee3;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.note{color:#52606d}</style></head>
<body>
<h1>Personal data held by ${escapeHtml(data.salon)}</h1>
<p class="note">Exported ${escapeHtml(when(data.exported_at))}. ${escapeHtml(data.note)}</p>
<h2>Profile</h2><table>${profile.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>Notes</h2><p>${escapeHtml(c.notes ?? '—').replace(/\n/g, '<br>')}</p>
<h2>Visits (${data.visits.length})</h2>
<table><tr><th>Ticket</th><th>Kind</th><th>Service</th><th>Status</th><th>When</th></tr>${rows(data.visits.map((v) => [v.ticket_number, v.kind, v.service, v.status, when(v.scheduled_at ?? v.created_at)]))}</table>
<h2>Bills (${data.bills.length})</h2>
<table><tr><th>Invoice</th><th>Date</th><th>Items</th><th>Total</th><th>Status</th></tr>${rows(
    data.bills.map((b) => [b.invoice_number, when(b.posted_at), b.items.map((i) => `${i.name} × ${i.quantity}`).join(', '), money(b.rounded_total), b.kind === 'refund' ? 'refund' : b.status]),
  )}</table>
</body></html>
`
}
