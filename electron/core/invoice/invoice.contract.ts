import { z } from 'zod'
import { method, returns } from '../contract/define'
import { empty, id } from '../contract/schemas'
import type { Invoice } from './invoice.shapes'
import { PAPER_SIZES, type PrinterInfo } from './shell-ports'

/** The lawful invoice of a posted bill: what the print view lays out and the share text says. */
export const invoiceContract = {
  /**
   * The document as it was issued: the supplier's particulars and the kind of salon come from the
   * bill (stored at posting, never changed), not from today's settings. Bills posted before
   * migration 0017 stored none and read today's settings; their paper does not say so. `copy` is
   * `duplicate` once the bill has been printed or saved as a PDF (CGST Rule 48).
   */
  'invoices.get': method({ input: z.strictObject({ bill_id: id() }), output: returns<Invoice>(), errors: ['NOT_FOUND'] }),
  /** The printers of this computer; null where Parlour cannot list them (a browser: the screen prints with its own dialog). */
  'invoices.printers': method({ input: empty, output: returns<{ printers: PrinterInfo[] | null }>() }),
  /**
   * Prints the calling window (the invoice's print view) on the printer chosen in settings, silently
   * if the owner said so. `printed: false, reason: 'no-printer'` where there is no print port: the
   * screen opens the browser's print dialog instead. Audited as `bill.print` either way: every
   * later copy of the bill is the duplicate for the supplier.
   */
  'invoices.print': method({
    input: z.strictObject({ bill_id: id(), paper: z.enum(PAPER_SIZES) }),
    output: returns<{ printed: boolean; reason: string | null }>(),
    errors: ['NOT_FOUND'],
  }),
  /**
   * Saves the calling window (the print view) as a PDF in the exports folder, under a new name
   * (never over another file), audited as `bill.save_pdf`. `file: null` where there is no print
   * port: the screen's print dialog offers "Save as PDF" instead.
   */
  'invoices.savePdf': method({
    input: z.strictObject({ bill_id: id(), paper: z.enum(PAPER_SIZES) }),
    output: returns<{ file: string | null }>(),
    errors: ['NOT_FOUND'],
  }),
  /** A short text receipt to paste into WhatsApp or an SMS (audited as `bill.share`). */
  'invoices.shareText': method({ input: z.strictObject({ bill_id: id() }), output: returns<{ text: string }>(), errors: ['NOT_FOUND'] }),
  /**
   * Opens a WhatsApp chat with the bill's customer in the system browser, the receipt filled in
   * (audited as `bill.share`). The phone goes from the core to the browser and never to the
   * screen. `opened: false` with why: the bill has no phone, or there is no browser to open.
   */
  'invoices.shareWhatsApp': method({
    input: z.strictObject({ bill_id: id() }),
    output: returns<{ opened: boolean; reason: 'no-phone' | 'no-browser' | null }>(),
    errors: ['NOT_FOUND'],
  }),
} as const
