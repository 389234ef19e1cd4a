import { EventEmitter } from 'node:events'
import { createStandInSafeStorage } from './stand-in-safe-storage'

/**
 * A stand-in for the 'electron' module, for loading electron/main.ts and electron/preload.ts in
 * plain Node (Electron's binary cannot be downloaded here). It implements just what the shell
 * calls, records what it was asked for, and lets a test play Chromium's part: emit navigation
 * events, send IPC from a frame, request permissions, fetch app:// URLs.
 */

let nextId = 1

export class StandInFrame {
  constructor(
    public url: string,
    public parent: StandInFrame | null = null,
  ) {}
}

/** A minimal Electron-style event: `preventDefault()` is recorded. */
export class StandInEvent {
  defaultPrevented = false
  constructor(public url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export class StandInWebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame: StandInFrame
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  destroyed = false

  constructor(url = 'about:blank') {
    super()
    this.mainFrame = new StandInFrame(url)
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  /** A subframe (an iframe) inside this page. */
  subframe(url: string): StandInFrame {
    return new StandInFrame(url, this.mainFrame)
  }
  destroy(): void {
    this.destroyed = true
    this.emit('destroyed')
  }
}

type Rect = { x: number; y: number; width: number; height: number }

export function createStandInElectron(options: {
  userData: string
  appPath: string
  isPackaged?: boolean
  singleInstance?: boolean
  safeStorage?: ReturnType<typeof createStandInSafeStorage>
  workAreas?: Rect[]
  /** app.getPath('documents'); default: the user-data folder. */
  documents?: string
}) {
  const safe = options.safeStorage ?? createStandInSafeStorage()
  const record = {
    paths: new Map<string, string>([
      ['userData', options.userData],
      ['documents', options.documents ?? options.userData],
    ]),
    sandboxEnabled: false,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    ipcHandleCalls: 0,
    windows: [] as StandInBrowserWindow[],
    dialogs: [] as unknown[],
    /** Addresses handed to the system browser (shell.openExternal). */
    openedExternally: [] as string[],
    /** showOpenDialog / showSaveDialog calls: which window they were parented to, and their options. */
    fileDialogs: [] as { type: 'open' | 'save'; window: StandInBrowserWindow | null; options: Record<string, unknown> }[],
    /** What the person does in the next file dialogs, in order (default: cancel). */
    fileDialogAnswers: [] as ({ canceled: boolean; filePaths?: string[]; filePath?: string })[],
    errorBoxes: [] as unknown[],
    quits: 0,
    /** The process would have exited: 'will-quit' went through unprevented. */
    exited: false,
    exposed: new Map<string, unknown>(),
    rendererInvokes: [] as unknown[][],
    session: {
      permissionRequest: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
      permissionCheck: null as null | ((contents: unknown, permission: string, origin: string, details: unknown) => boolean),
      devicePermission: null as null | ((details: unknown) => boolean),
      beforeRequest: null as null | { filter: { urls: string[] }; listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void },
    },
  }

  let quitting = false
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))

  class StandInApp extends EventEmitter {
    isPackaged = options.isPackaged ?? false
    getPath(name: string): string {
      const path = record.paths.get(name)
      if (!path) throw new Error(`stand-in app.getPath: no path for ${name}`)
      return path
    }
    setPath(name: string, path: string): void {
      record.paths.set(name, path)
    }
    getAppPath(): string {
      return options.appPath
    }
    enableSandbox(): void {
      record.sandboxEnabled = true
    }
    requestSingleInstanceLock(): boolean {
      return options.singleInstance ?? true
    }
    whenReady(): Promise<void> {
      return ready
    }
    /**
     * Like Electron: 'before-quit', the windows close (without 'window-all-closed'), then
     * 'will-quit'; the process exits unless a listener prevents it.
     */
    quit(): void {
      record.quits += 1
      const event = new StandInEvent()
      this.emit('before-quit', event)
      if (event.defaultPrevented) return
      quitting = true
      for (const window of [...record.windows]) if (!window.destroyed) window.close()
      quitting = false
      const willQuit = new StandInEvent()
      this.emit('will-quit', willQuit)
      if (willQuit.defaultPrevented) return
      record.exited = true
      this.emit('quit')
    }
  }
  const app = new StandInApp()

  class StandInBrowserWindow extends EventEmitter {
    readonly webContents: StandInWebContents
    loadedUrl: string | null = null
    destroyed = false
    shown = false
    focused = 0
    restored = 0
    minimized = false
    maximized = false
    constructor(readonly options: { x?: number; y?: number; width?: number; height?: number }) {
      super()
      this.webContents = new StandInWebContents()
      record.windows.push(this)
      app.emit('web-contents-created', new StandInEvent(), this.webContents)
    }
    static getAllWindows(): StandInBrowserWindow[] {
      return record.windows.filter((window) => !window.destroyed)
    }
    static fromWebContents(contents: unknown): StandInBrowserWindow | null {
      return record.windows.find((window) => window.webContents === contents && !window.destroyed) ?? null
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    show(): void {
      this.shown = true
    }
    focus(): void {
      this.focused += 1
    }
    isMinimized(): boolean {
      return this.minimized
    }
    restore(): void {
      this.restored += 1
      this.minimized = false
    }
    maximize(): void {
      this.maximized = true
    }
    isMaximized(): boolean {
      return this.maximized
    }
    getNormalBounds(): Rect {
      return { x: this.options.x ?? 40, y: this.options.y ?? 30, width: this.options.width ?? 0, height: this.options.height ?? 0 }
    }
    setBounds(bounds: Rect): void {
      Object.assign(this.options, bounds)
    }
    close(): void {
      if (this.destroyed) return
      this.emit('close', new StandInEvent())
      this.destroyed = true
      this.emit('closed')
      this.webContents.destroy()
      if (!quitting && BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
    }
  }
  const BrowserWindow = StandInBrowserWindow

  /** Like Electron: `(window, options)` or `(options)`; answers with the next scripted answer, else cancelled. */
  function fileDialog(type: 'open' | 'save', args: unknown[]) {
    const window = args.length > 1 ? (args[0] as StandInBrowserWindow) : null
    record.fileDialogs.push({ type, window, options: args.at(-1) as Record<string, unknown> })
    const answer = record.fileDialogAnswers.shift() ?? { canceled: true }
    return Promise.resolve(type === 'open' ? { canceled: answer.canceled, filePaths: answer.filePaths ?? [] } : { canceled: answer.canceled, ...(answer.filePath ? { filePath: answer.filePath } : { filePath: '' }) })
  }

  const defaultSession = {
    setPermissionRequestHandler: (handler: typeof record.session.permissionRequest) => (record.session.permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof record.session.permissionCheck) => (record.session.permissionCheck = handler),
    setDevicePermissionHandler: (handler: typeof record.session.devicePermission) => (record.session.devicePermission = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<typeof record.session.beforeRequest>['listener']) =>
        (record.session.beforeRequest = { filter, listener }),
    },
  }

  const electron = {
    app,
    BrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
        record.ipcHandleCalls += 1
        if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        record.ipcHandlers.set(channel, handler)
      },
    },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        record.dialogs.push(args.at(-1))
        return Promise.resolve({ response: 0, checkboxChecked: false })
      },
      showErrorBox: (title: string, content: string) => record.errorBoxes.push({ title, content }),
      showOpenDialog: (...args: unknown[]) => fileDialog('open', args),
      showSaveDialog: (...args: unknown[]) => fileDialog('save', args),
    },
    shell: {
      openExternal: (url: string) => {
        record.openedExternally.push(url)
        return Promise.resolve()
      },
    },
    screen: {
      getAllDisplays: () => (options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea) => ({ workArea })),
    },
    safeStorage: safe.safeStorage,
    // The preload's side.
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        if (record.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`)
        record.exposed.set(key, api)
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        record.rendererInvokes.push(args)
        return Promise.resolve({ ok: true, value: null })
      },
    },
  }

  return {
    electron,
    record,
    safeStorage: safe,
    /** Electron's 'ready': main.ts starts its work now. */
    ready: markReady,
    /** Sends `pos:invoke` the way Chromium would, from a frame of a web contents. */
    invoke(contents: StandInWebContents, frame: StandInFrame | null, method: unknown, input: unknown) {
      const handler = record.ipcHandlers.get('pos:invoke')
      if (!handler) throw new Error('pos:invoke is not handled')
      return handler({ sender: contents, senderFrame: frame }, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
    },
  }
}

export type StandInElectron = ReturnType<typeof createStandInElectron>
