import { z } from 'zod'
import { method, returns } from '../contract/define'
import { absolutePath, clearableText, empty, requiredText, text } from '../contract/schemas'
import { gstinSchema, stateCodeSchema } from '../invoice/gstin'
import type { Settings } from './settings.shapes'
import { GST_KINDS } from '../../../vocabulary'
import { financialYearOf, INVOICE_PREFIX_MAX_LENGTH, invoicePrefixProblem } from '../../../vocabulary/invoice-series'

const hhmm = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30.')

export const settingsContract = {
  'settings.get': method({ input: empty, output: returns<Settings>() }),
  'settings.update': method({
    input: z.strictObject({
      salon_name: requiredText(80).optional(),
      time_zone: text(64).optional(),
      /** Old form of gst_kind: true is a regular registration, false not registered, from today. */
      gst_registered: z.boolean().optional(),
      /** The salon's kind under GST (issue 18), from `gst_kind_from` (a salon day, today or later; today if not given). */
      gst_kind: z.enum(GST_KINDS).optional(),
      gst_kind_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-01.').optional(),
      // Basis points, even so it halves exactly into CGST and SGST; 28% is India's highest slab.
      gst_rate_bp: z
        .number()
        .int('Must be a whole number of basis points.')
        .min(0)
        .max(2800, 'At most 28%.')
        .refine((value) => value % 2 === 0, 'Must split evenly into CGST and SGST.')
        .optional(),
      // CGST Rule 46(b): no series may pass 16 characters, on any desk (vocabulary/invoice-series.ts).
      // The machine's date only words the example number's year; the limit does not depend on it.
      invoice_prefix: z
        .string()
        .superRefine((prefix, issue) => {
          const problem = invoicePrefixProblem(prefix, financialYearOf(new Date()))
          if (problem) issue.addIssue({ code: 'custom', message: problem })
        })
        // After the words above (the first message is the one shown): the limit, for the API's readers.
        .regex(new RegExp(`^[A-Z0-9]{1,${INVOICE_PREFIX_MAX_LENGTH}}$`))
        .optional(),
      idle_lock_minutes: z.number().int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.').optional(),
      backup_keep: z.number().int().min(1, 'Keep at least 1 backup.').max(365, 'At most 365.').optional(),
      backup_folder: absolutePath().nullable().optional(),
      /** Seven days, Monday first: ["10:00", "20:00"] (open, close) or null when closed. Bookings outside them are warned. */
      opening_hours: z
        .array(
          z
            .tuple([hhmm(), hhmm()])
            .refine(([open, close]) => open < close, 'Closing time must be after opening time.')
            .nullable(),
        )
        .length(7, 'Give all seven days, Monday first.')
        .optional(),
      // The salon's particulars on its invoices (CGST Rule 46). The GSTIN begins with the state's code.
      legal_name: clearableText(120).optional(),
      address: clearableText(300).optional(),
      state_code: stateCodeSchema().nullable().optional(),
      gstin: gstinSchema().nullable().optional(),
      salon_phone: clearableText(32).optional(),
      invoice_footer: clearableText(300).optional(),
      default_sac: z.string().regex(/^[0-9]{4,8}$/, 'A SAC or HSN code is 4 to 8 digits (999721 for salon services).').optional(),
      printer_name: clearableText(200).optional(),
      silent_print: z.boolean().optional(),
    }),
    output: returns<Settings>(),
  }),
} as const
