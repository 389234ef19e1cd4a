/**
 * The slices of Electron the shell helpers use, written as plain structural types so that the
 * helpers import nothing from 'electron' (ARCHITECTURE rule 1) and run in plain Node tests with
 * stand-ins. main.ts hands them the real objects; type checking main.ts against Electron's own
 * typings proves the real objects fit these shapes.
 */

/** A frame of a page (Electron's WebFrameMain), as far as the sender check reads it. */
export interface FramePort {
  readonly url: string
  readonly parent: FramePort | null
}

/** A web contents, as far as the IPC handler reads it. */
export interface WebContentsPort {
  readonly mainFrame: FramePort
  once(event: 'destroyed', listener: () => void): unknown
}

/** The parts of an IPC invoke event the sender check needs. */
export type InvokeEventPort<C extends WebContentsPort = WebContentsPort> = { readonly sender: C; readonly senderFrame: FramePort | null }

type PreventableEvent = { preventDefault(): void }
export type NavigationEventPort = PreventableEvent & { readonly url: string }

/** A web contents, as far as the navigation guard locks it down. */
export interface GuardableContentsPort {
  on(event: 'will-navigate', listener: (event: NavigationEventPort) => void): unknown
  on(event: 'will-frame-navigate', listener: (event: NavigationEventPort) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEventPort) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent, webPreferences: unknown, params: { src?: string }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** A session, as far as the lockdown uses it. */
export interface SessionPort {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: () => boolean): void
  setDevicePermissionHandler(handler: () => boolean): void
  readonly webRequest: {
    onBeforeRequest(filter: { urls: string[] }, listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void
  }
}

/** A custom scheme and its privileges, as `protocol.registerSchemesAsPrivileged` takes it. */
export type CustomSchemePort = {
  scheme: string
  privileges: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; corsEnabled?: boolean; codeCache?: boolean }
}

export type { SafeStoragePort } from '../core'

type DialogFilter = { name: string; extensions: string[] }

export type OpenDialogSpec = {
  title: string
  buttonLabel: string
  defaultPath?: string
  filters?: DialogFilter[]
  properties: ('openFile' | 'openDirectory' | 'createDirectory' | 'dontAddToRecent')[]
}
export type SaveDialogSpec = {
  title: string
  buttonLabel: string
  defaultPath: string
  filters?: DialogFilter[]
  properties: ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[]
}

/** `dialog`'s file pickers, with or without a parent window (W). */
export interface FileDialogPort<W> {
  showOpenDialog(parent: W, options: OpenDialogSpec): Promise<{ canceled: boolean; filePaths: string[] }>
  showOpenDialog(options: OpenDialogSpec): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(parent: W, options: SaveDialogSpec): Promise<{ canceled: boolean; filePath?: string }>
  showSaveDialog(options: SaveDialogSpec): Promise<{ canceled: boolean; filePath?: string }>
}

/** The options of `dialog.showMessageBox` the problem dialog uses. */
export type MessageBoxSpec = { type: 'error'; title: string; message: string; detail: string; buttons: string[]; noLink: boolean }
