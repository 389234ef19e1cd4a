import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots')
const UPDATE_SCREENSHOTS = process.env.PARLOUR_UPDATE_SCREENSHOTS === '1'

/**
 * A screenshot of the page: into e2e/screenshots/<name>.png with PARLOUR_UPDATE_SCREENSHOTS=1
 * (then commit them), otherwise into the test's output folder, so test runs leave the tree clean.
 */
export async function takeScreenshot(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  const folder = UPDATE_SCREENSHOTS ? SCREENSHOTS : testInfo.outputPath('screenshots')
  mkdirSync(folder, { recursive: true })
  // No hover left over from the last click; fonts settled; no blinking caret in the picture.
  await page.mouse.move(1, 760)
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready)
  await page.screenshot({ path: join(folder, `${name}.png`), caret: 'hide', animations: 'disabled' })
}
