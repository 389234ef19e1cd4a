import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { BrowserContext, Route } from 'playwright'

/** Where the production build of the renderer lives, and the origin the tests serve it from. */
export const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'dist', 'renderer')
export const APP_ORIGIN = 'https://parlour.test'
export const APP_URL = `${APP_ORIGIN}/index.html`

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

export type BlockedRequest = { url: string; resourceType: string }

/**
 * Serves dist/renderer at APP_ORIGIN from inside the browser context (no server, no port), and
 * refuses every other request: each one is recorded so the test fails on it.
 */
export async function serveApp(context: BrowserContext, blocked: BlockedRequest[]): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const request = route.request()
    const url = new URL(request.url())
    if (url.origin !== APP_ORIGIN) {
      blocked.push({ url: request.url(), resourceType: request.resourceType() })
      return route.abort('blockedbyclient')
    }
    const path = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^([/\\])+/, '')
    const file = join(RENDERER_DIR, path)
    if (!file.startsWith(RENDERER_DIR + sep)) return route.fulfill({ status: 404, body: 'not found' })
    try {
      const body = await readFile(file)
      return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' } })
    } catch {
      blocked.push({ url: request.url(), resourceType: request.resourceType() })
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
}
