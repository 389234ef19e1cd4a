import type { SessionPort } from './electron-ports'

/** The app asks for no permission (camera, notifications, clipboard reads, USB...): all are refused. */
export function denyAllPermissions(session: SessionPort): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Offline-first and local-only: nothing the renderer loads may come from the network. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*']

/** A second wall behind the CSP: requests to the network are cancelled before they leave. */
export function blockRemoteRequests(session: SessionPort, onBlocked: (url: string) => void = () => undefined): void {
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (details, callback) => {
    onBlocked(details.url)
    callback({ cancel: true })
  })
}
