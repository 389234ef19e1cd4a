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
  /**
   * A composition salon's figures instead of GSTR-1's (GSTR-4 and CMP-08): the value of its outward
   * supplies (bills of supply, less their credit notes) per quarter of the financial year. Null
   * when no bill of the period was posted under the composition scheme. Its bills are in no GSTR-1
   * table above; nor are the receipts of a salon not registered.
   */
  composition: { quarters: GstCompositionQuarter[]; turnover: number } | null
}

/** One quarter of a composition salon's turnover (CMP-08 is filed per quarter: April–June, July–September, October–December, January–March). */
export type GstCompositionQuarter = { quarter: string; from: string; to: string; bills: number; credit_notes: number; invoiced: number; credited: number; turnover: number }
