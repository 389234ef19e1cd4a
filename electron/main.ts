import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell, type WebContents } from 'electron'
import { consoleLogger, startCore, type Core, type Logger } from './core'
import { openDataKeyStore } from './key-store'
import { APP_ENTRY_URL, APP_SCHEME } from './shell/app-origin'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './shell/app-protocol'
import { INVOKE_CHANNEL } from './shell/ipc-channel'
import { guardWebContents } from './shell/navigation-guard'
import { createExternalOpener } from './shell/external-open'
import { createPathPicker } from './shell/path-picker'
import { createPrinter } from './shell/printer'
import { createPosInvokeHandler } from './shell/pos-invoke'
import { problemDialogOptions } from './shell/problem-dialog'
import { QUIT_TIMEOUT_MS, settleWithin } from './shell/quit'
import { blockRemoteRequests, denyAllPermissions } from './shell/session-lockdown'
import { fitWindowState, readWindowState, writeWindowState } from './shell/window-bounds'
import { openMainWindow } from './shell/window-options'

/**
 * The Electron main process: wires Electron's objects into the small helpers in ./shell, which
 * hold the logic and are tested without Electron. Nothing here touches the database directly.
 */

const DATABASE_FILE = 'parlour.db'
const WINDOW_STATE_FILE = 'window-state.json'

const logger: Logger = consoleLogger

// Development and the end-to-end test use a throwaway profile; a packaged app ignores this.
const devUserData = process.env.PARLOUR_USER_DATA_DIR
if (!app.isPackaged && devUserData) app.setPath('userData', devUserData)

// Every renderer sandboxed, whatever its options say. Both calls must come before 'ready'.
app.enableSandbox()
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (app.requestSingleInstanceLock()) runApp()
else app.quit()

function runApp(): void {
  const userData = app.getPath('userData')
  const appDir = app.getAppPath()
  const databasePath = join(userData, DATABASE_FILE)
  const windowStateFile = join(userData, WINDOW_STATE_FILE)
  const ownContents = new Set<WebContents>()
  let mainWindow: BrowserWindow | null = null
  let core: Core | null = null
  let invokeHandler: ReturnType<typeof createPosInvokeHandler> | null = null
  let closingCore: Promise<void> | null = null
  let coreClosed = false

  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (what, url) => logger.warn('blocked', { what, scheme: url.split(':', 1)[0] })),
  )

  // A second launch (a double-clicked shortcut) brings the running window forward instead.
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => app.quit())
  app.on('activate', () => {
    if (core && !mainWindow) createMainWindow()
  })

  // The core is closed (a running backup awaited, audit entries flushed, database closed)
  // before the process exits, but quitting never hangs on it: see QUIT_TIMEOUT_MS.
  app.on('will-quit', (event) => {
    if (coreClosed || !core) return
    event.preventDefault()
    closingCore ??= closeCore(core)
  })

  async function closeCore(open: Core): Promise<void> {
    invokeHandler?.closeAll()
    const closing = open.close().catch((error: unknown) => logger.error('could not close the database cleanly', { name: error instanceof Error ? error.name : 'unknown' }))
    if ((await settleWithin(closing, QUIT_TIMEOUT_MS)) === 'timed-out') {
      logger.warn('quitting before the database finished closing; an unfinished backup stays a .partial file and is made again at the next start')
    }
    coreClosed = true
    app.quit()
  }

  function createMainWindow(): void {
    const state = fitWindowState(
      readWindowState(windowStateFile),
      screen.getAllDisplays().map((display) => display.workArea),
    )
    const window = openMainWindow(BrowserWindow, { bounds: state, preloadPath: join(appDir, 'dist', 'preload', 'preload.cjs'), devTools: !app.isPackaged })
    const contents = window.webContents
    ownContents.add(contents)
    mainWindow = window
    if (state.maximized) window.maximize()
    window.once('ready-to-show', () => window.show())
    window.on('close', () => {
      try {
        writeWindowState(windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() })
      } catch {
        logger.warn('could not remember the window size')
      }
    })
    window.on('closed', () => {
      ownContents.delete(contents)
      if (mainWindow === window) mainWindow = null
    })
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logger.error('could not load the app page', { name: error instanceof Error ? error.name : 'unknown' }))
  }

  async function start(): Promise<void> {
    denyAllPermissions(session.defaultSession)
    blockRemoteRequests(session.defaultSession)
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(appDir, 'dist', 'renderer')))

    // The core finds the key (the OS key store, or the owner's recovery passphrase), checks large
    // files in the background and answers every method in every state; the shell lends it ports.
    const pickPath = createPathPicker<BrowserWindow>({
      dialog,
      windowFor: (origin) => (ownContents.has(origin as WebContents) ? BrowserWindow.fromWebContents(origin as WebContents) : null),
      documents: () => app.getPath('documents'),
    })
    // Printing and PDFs of the window that asked (the invoice's print view); WhatsApp links only, outside.
    const printer = createPrinter({ contentsFor: (origin) => (ownContents.has(origin as WebContents) ? (origin as WebContents) : null) })
    const openExternal = createExternalOpener(shell)
    core = startCore({ databasePath, keyStore: openDataKeyStore(userData, (message) => logger.warn(message)), pickPath, printer, openExternal, logger })
    invokeHandler = createPosInvokeHandler<WebContents>({ core, isOwnWindow: (contents) => ownContents.has(contents) })
    const handler = invokeHandler
    ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handler.handle(event, method, input))

    const status = core.start()
    createMainWindow()
    const decided = await status
    if (decided.state === 'database-problem') {
      // The renderer shows its problem screen from app.status too; the dialog makes sure it is seen.
      await dialog.showMessageBox(problemDialogOptions(decided, databasePath))
    }
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logger.error('Parlour could not start', { name: error instanceof Error ? error.name : 'unknown' })
      dialog.showErrorBox('Parlour could not start', 'Parlour could not start. Nothing has been changed. Restart the computer and try again; if it keeps happening, contact support.')
      app.quit()
    })
}
