import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { PRIYA } from './support/salon'
import { APP_ORIGIN, RENDERER_DIR } from './support/static-app'
import { searchFor } from './support/ui'

test('the app asks the network for nothing but its own files, and the harness fails a test that does', async ({ app }) => {
  const requested: string[] = []
  app.page.on('request', (request) => requested.push(request.url()))
  const salon = await app.salon()
  const priya = await salon.addCustomer(PRIYA)
  await salon.postBill(priya.id, [{ name: 'Haircut', rupees: 650 }])

  // A working session: counter, search, a customer, a bill, analytics, admin.
  await app.openAs('owner')
  const { page } = app
  await searchFor(page, 'priya')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'History' }).getByText('Haircut')).toBeVisible()
  await page.keyboard.press('Alt+B')
  await page.keyboard.press('Alt+A')
  await expect(page.getByRole('img', { name: /^Revenue per month/ })).toBeVisible()
  await page.keyboard.press('Alt+M')
  await expect(page.getByRole('region', { name: 'Team' })).toBeVisible()

  // Only index.html, one script and one stylesheet, all from the app's own origin.
  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([])
  expect(new Set(requested.map((url) => new URL(url).pathname.replace(/-[\w-]{8}\./, '-[hash].')))).toEqual(new Set(['/index.html', '/assets/index-[hash].js', '/assets/index-[hash].css']))

  // The page's own policy forbids remote scripts, styles, images, fonts and connections.
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  expect(html).toContain(`content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"`)
  expect(html).not.toMatch(/https?:\/\//)
  const css = readFileSync(join(RENDERER_DIR, 'assets', readFileSyncList('.css')), 'utf8')
  expect(css).not.toMatch(/url\(|@import|https?:/)

  // The guard works: anything else is blocked and recorded, which fails a test unless taken.
  await page.goto('https://fonts.example.com/css?family=Inter').catch(() => undefined)
  expect(app.takeBlocked()).toEqual([{ url: 'https://fonts.example.com/css?family=Inter', resourceType: 'document' }])
})

/** The one built file with this extension (its name carries a content hash). */
function readFileSyncList(extension: string): string {
  const manifest = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const match = new RegExp(`assets/([\\w-]+\\${extension})`).exec(manifest)
  if (!match?.[1]) throw new Error(`no ${extension} file in index.html`)
  return match[1]
}

test('a request for anything but the app’s own files fails the test (this test is expected to fail)', async ({ app }) => {
  test.fail(true, 'the fixture’s teardown must fail a test whose page reached for the network')
  await app.open()
  await app.page.evaluate(() => {
    // What a remote font or analytics script would do, from outside the page's CSP (devtools).
    void (globalThis as unknown as { fetch(url: string): Promise<unknown> }).fetch('https://fonts.example.com/inter.woff2').catch(() => undefined)
  })
  await expect.poll(() => app.problems.blocked.length + app.problems.consoleErrors.length).toBeGreaterThan(0)
})
