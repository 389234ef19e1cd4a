/**
 * The ports through which the core prints and shares (the desktop shell provides them with
 * Electron's web contents and shell; tests provide their own; a browser has none). The core
 * decides who may print or share and what; the ports only do it, over the window that asked.
 */

export const PAPER_SIZES = ['a4', '80mm'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

import type { PrinterInfo } from './invoice.shapes'

export type { PrinterInfo }

export type PrintRequest = {
  paper: PaperSize
  /** The printer's system name; null: the system's default. */
  printer: string | null
  /** Print without the system's print dialog. */
  silent: boolean
}

export type PrinterPort = {
  /** The printers of this computer, as the window `origin` sees them. */
  printers(origin: unknown): Promise<PrinterInfo[]>
  /** Prints what the window shows (the print view); false when cancelled or failed, with why. */
  print(origin: unknown, request: PrintRequest): Promise<{ printed: boolean; reason: string | null }>
  /** What the window shows, as a PDF laid out by its print styles. */
  printToPdf(origin: unknown, paper: PaperSize): Promise<Uint8Array>
}

/**
 * Opens a link in the system's browser. The shell's port refuses anything but a WhatsApp link
 * (https://wa.me/…): nothing else Parlour shows may leave the app.
 */
export type OpenExternal = (url: string) => Promise<void>
