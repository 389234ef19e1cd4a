import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots')

export type RenderedPdf = { file: string; text: string; pages: number; widthPt: number; heightPt: number }

/**
 * The page printed to PDF by Chromium with its print styles (the page size from CSS @page), read
 * back with poppler: its text (pdftotext -layout), page count and first page's size.
 */
export async function printToPdf(page: Page, name: string, testInfo: TestInfo): Promise<RenderedPdf> {
  const file = testInfo.outputPath(`${name}.pdf`)
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  const pages = /Pages:\s+(\d+)/.exec(info)
  return { file, text, pages: Number(pages?.[1] ?? 0), widthPt: Number(size?.[1] ?? 0), heightPt: Number(size?.[2] ?? 0) }
}

/**
 * The PDF's first page as a PNG (pdftoppm): into e2e/screenshots/<name>.png with
 * PARLOUR_UPDATE_SCREENSHOTS=1, otherwise into the test's output folder.
 */
export function pdfPageAsPng(pdf: RenderedPdf, name: string, testInfo: TestInfo, dpi = 110): string {
  const stem = testInfo.outputPath(name)
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf.file, stem])
  if (process.env.PARLOUR_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true })
    copyFileSync(`${stem}.png`, join(SCREENSHOTS, `${name}.png`))
  }
  return `${stem}.png`
}
