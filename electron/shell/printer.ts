import type { PaperSize, PrinterPort } from '../core'

/** A web contents, as far as printing uses it (Electron's WebContents fits: main.ts type-checks it). */
export interface PrintableContentsPort {
  getPrintersAsync(): Promise<{ name: string; displayName: string }[]>
  print(
    options: { silent: boolean; printBackground: boolean; deviceName?: string; pageSize: 'A4' | { width: number; height: number }; margins: { marginType: 'default' } },
    callback: (success: boolean, failureReason: string) => void,
  ): void
  printToPDF(options: { printBackground: boolean; preferCSSPageSize: boolean; pageSize: 'A4' | { width: number; height: number } }): Promise<Uint8Array>
}

/** An 80 mm receipt roll: 80 mm wide, printed a page of 297 mm at a time (the printer cuts where the invoice ends). */
const RECEIPT_MICRONS = { width: 80_000, height: 297_000 }
const RECEIPT_INCHES = { width: 80 / 25.4, height: 297 / 25.4 }

/**
 * The core's printer port over Electron's web contents: it lists the printers and prints (or
 * makes a PDF of) the window that asked, the print view whose styles lay out A4 or 80 mm.
 */
export function createPrinter(options: { contentsFor: (origin: unknown) => PrintableContentsPort | null }): PrinterPort {
  const contentsOf = (origin: unknown): PrintableContentsPort => {
    const contents = options.contentsFor(origin)
    if (!contents) throw new Error('Not one of Parlour’s windows.')
    return contents
  }
  return {
    async printers(origin) {
      const printers = await contentsOf(origin).getPrintersAsync()
      return printers.map((printer) => ({ name: printer.name, display_name: printer.displayName || printer.name }))
    },
    print(origin, request) {
      const contents = contentsOf(origin)
      return new Promise((resolve) => {
        contents.print(
          {
            silent: request.silent,
            printBackground: true,
            ...(request.printer ? { deviceName: request.printer } : {}),
            pageSize: pageSizeFor(request.paper, 'microns'),
            margins: { marginType: 'default' },
          },
          (success, failureReason) => resolve({ printed: success, reason: success ? null : failureReason || 'cancelled' }),
        )
      })
    },
    async printToPdf(origin, paper) {
      return contentsOf(origin).printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: pageSizeFor(paper, 'inches') })
    },
  }
}

function pageSizeFor(paper: PaperSize, unit: 'microns' | 'inches'): 'A4' | { width: number; height: number } {
  if (paper === 'a4') return 'A4'
  return unit === 'microns' ? RECEIPT_MICRONS : RECEIPT_INCHES
}
