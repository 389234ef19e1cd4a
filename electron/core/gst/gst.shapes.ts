// The GST summary for the accountant, as plain JSON (money in paise, rates in basis points). It is
// derived: worked out from the bills and credit notes each time, never stored or synced.

/** Taxable value and tax of invoices less credit notes. */
export type GstAmounts = { taxable_value: number; cgst: number; sgst: number }

export type GstRateRow = GstAmounts & { gst_rate_bp: number }

/** One SAC/HSN code at one rate: GSTR-1's HSN summary. Quantities and values net of credit notes. */
export type GstCodeRow = GstAmounts & { code: string; gst_rate_bp: number; quantity: number; total_value: number }

/** A document series and the numbers issued in the period (GSTR-1 Table 13). */
export type GstDocumentSeries = { nature: 'Invoices for outward supply' | 'Credit Note'; series: string; first: string; last: string; count: number; cancelled: number }

/** An invoice or credit note to a registered buyer (GSTR-1's B2B and CDNR sections). */
export type GstB2bDocument = GstAmounts & { kind: 'invoice' | 'credit-note'; buyer_gstin: string; buyer_name: string; number: string; date: string; value: number; gst_rate_bp: number }

export type GstSummary = {
  /** "November 2026" or "FY 2026-27 (April–March)". */
  label: string
  /** The first and last salon days covered, YYYY-MM-DD. */
  from: string
  to: string
  place_of_supply: string | null
  invoices: number
  credit_notes: number
  /** Invoices, credit notes and net (invoices less credit notes), per rate. */
  by_rate: (GstRateRow & { invoiced: GstAmounts; credited: GstAmounts })[]
  /** Net of every rate. */
  totals: GstAmounts
  /** Net for unregistered buyers per rate (GSTR-1's B2CS section). */
  b2cs: GstRateRow[]
  b2b: GstB2bDocument[]
  by_code: GstCodeRow[]
  documents: GstDocumentSeries[]
}
