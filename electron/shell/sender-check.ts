import { isAppUrl } from './app-origin'
import type { InvokeEventPort, WebContentsPort } from './electron-ports'

/**
 * Whether an IPC call may reach the core: it must come from the top frame (not an iframe) of a
 * window this app created, showing a page of the app's own origin. Anything else (a frame that
 * is gone, a subframe, another origin, a web contents we did not create) is refused.
 */
export function isTrustedSender<C extends WebContentsPort>(event: InvokeEventPort<C>, isOwnWindow: (contents: C) => boolean): boolean {
  try {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || frame !== event.sender.mainFrame) return false
    if (!isOwnWindow(event.sender)) return false
    return isAppUrl(frame.url)
  } catch {
    // A destroyed frame or web contents throws on access: not a caller to trust.
    return false
  }
}
