import type { BrowserWindow } from 'electron'
import type { WindowBounds } from './window-bounds'

/** A counter desktop: big enough for the bill and the customer side by side. */
export const MIN_WINDOW = { width: 1024, height: 640 } as const

type BrowserWindowClass = typeof BrowserWindow

/**
 * Opens the main window. Every security-relevant preference is spelled out, even where it
 * matches Electron's default, so a future default change or a careless edit shows up in review,
 * in the test that pins these options, and in Electronegativity's scan (which can only check a
 * literal passed straight to `new BrowserWindow`, hence the class is passed in).
 */
export function openMainWindow(BrowserWindow: BrowserWindowClass, options: { bounds: WindowBounds; preloadPath: string; devTools: boolean }): BrowserWindow {
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
