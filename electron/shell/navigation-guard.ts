import { isAppEntryUrl } from './app-origin'
import type { GuardableContentsPort, NavigationEventPort } from './electron-ports'

export type Blocked = (what: 'navigation' | 'redirect' | 'window-open' | 'webview', url: string) => void

/** Any navigation or redirect that does not stay on the app's one page is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppEntryUrl(url)
}

/**
 * Locks a web contents to the app: no navigation away (main frame or any subframe), no
 * redirects elsewhere, no new windows, no `<webview>`. Applied to every web contents the app
 * creates (`web-contents-created`), not only the main window's.
 */
export function guardWebContents(contents: GuardableContentsPort, onBlocked: Blocked = () => undefined): void {
  const refuseUnlessApp = (what: 'navigation' | 'redirect') => (event: NavigationEventPort) => {
    if (isAllowedNavigation(event.url)) return
    event.preventDefault()
    onBlocked(what, event.url)
  }
  contents.on('will-navigate', refuseUnlessApp('navigation'))
  contents.on('will-frame-navigate', refuseUnlessApp('navigation'))
  contents.on('will-redirect', refuseUnlessApp('redirect'))
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('window-open', url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault()
    onBlocked('webview', params.src ?? '')
  })
}
