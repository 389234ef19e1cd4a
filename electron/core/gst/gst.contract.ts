import { z } from 'zod'
import { method, returns } from '../contract/define'
import type { GstSummary } from './gst.shapes'

/** A salon month (`2026-11`) or a financial year by the year it starts (2026 = April 2026 to March 2027); default this month. */
const period = z
  .strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use the form YYYY-MM.').optional(),
    fy: z.number().int().min(2017, 'GST began in July 2017.').max(2100).optional(),
  })
  .refine((value) => value.month === undefined || value.fy === undefined, 'Give a month or a financial year, not both.')

export const gstContract = {
  /** Taxable value, CGST and SGST by rate, the SAC/HSN summary and the documents issued, for the accountant. */
  'gst.summary': method({ input: period, output: returns<GstSummary>() }),
  /**
   * The summary as GSTR-1 CSV files (b2b, cdnr, b2cs, hsn, docs) in the exports folder, each under
   * a new name (never over another file). Audited as `gst.export_csv`.
   */
  'gst.exportCsv': method({ input: period, output: returns<{ files: string[] }>() }),
} as const
