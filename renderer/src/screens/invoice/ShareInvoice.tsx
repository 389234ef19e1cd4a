/** Sharing the invoice as text (WhatsApp, SMS): added with the share step. */
export function ShareInvoice(_props: { billId: string }) {
  return null
}
