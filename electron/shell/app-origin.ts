/**
 * The app's own origin. The renderer is served from `app://parlour/` (a standard, secure custom
 * scheme) so it has a real origin of its own instead of `file://`, which Chromium treats loosely.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'parlour'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Whether a URL belongs to the app's origin. Parsed with URL, never compared as a string prefix. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url)
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
}

/** Whether a URL is the app's one document (the renderer is a single page: it never loads another). */
export function isAppEntryUrl(url: string): boolean {
  if (!isAppUrl(url)) return false
  const { pathname } = new URL(url)
  return pathname === '/' || pathname === '/index.html'
}
