import { MIN_WINDOW, type WindowBounds } from './window-bounds'

/** A counter desktop: big enough for the bill and the customer side by side. */

/** The main window's constructor options: every field this module sets, and nothing looser. */
export type MainWindowOptions = {
  x?: number
  y?: number
  width: number
  height: number
  minWidth: number
  minHeight: number
  title: string
  show: boolean
  backgroundColor: string
  webPreferences: {
    preload: string
    contextIsolation: true
    sandbox: true
    nodeIntegration: false
    nodeIntegrationInWorker: false
    nodeIntegrationInSubFrames: false
    webviewTag: false
    webSecurity: true
    allowRunningInsecureContent: false
    experimentalFeatures: false
    navigateOnDragDrop: false
    safeDialogs: true
    disableBlinkFeatures: string
    spellcheck: false
    devTools: boolean
  }
}

/** Electron's BrowserWindow class, as far as this module constructs it. */
export type WindowConstructor<W> = new (options: MainWindowOptions) => W

/**
 * Opens the main window. Every security-relevant preference is spelled out, even where it
 * matches Electron's default, so a future default change or a careless edit shows up in review,
 * in the test that pins these options, and in Electronegativity's scan (which can only check a
 * literal passed straight to `new BrowserWindow`, hence the class is passed in).
 */
export function openMainWindow<W>(BrowserWindow: WindowConstructor<W>, options: { bounds: WindowBounds; preloadPath: string; devTools: boolean }): W {
  const { bounds } = options
  return new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Parlour',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click opens links in new windows; there is nothing to open.
      disableBlinkFeatures: 'Auxclick',
      // The spellchecker downloads dictionaries from Google: an offline POS has no use for it.
      spellcheck: false,
      devTools: options.devTools,
    },
  })
}
