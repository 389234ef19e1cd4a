import type { OpenExternal } from '../core'

/**
 * The one kind of address Parlour may hand to the system's browser: a WhatsApp chat link,
 * `https://wa.me/<digits>?text=…`. No other host, scheme, port, credentials or path: a bill's
 * text can never become a way to open anything else.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return url.protocol === 'https:' && url.hostname === 'wa.me' && url.port === '' && url.username === '' && url.password === '' && /^\/[0-9]{8,15}$/.test(url.pathname) && url.hash === ''
}

/** The core's external-open port over Electron's `shell.openExternal`, refusing every other address. */
export function createExternalOpener(shell: { openExternal(url: string): Promise<void> }): OpenExternal {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) throw new Error('Only WhatsApp links may open outside Parlour.')
    await shell.openExternal(url)
  }
}
