import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FileDialogPort, OpenDialogSpec, SaveDialogSpec } from './electron-ports'
import type { PickPath, PickPathRequest } from '../core'

export type PathDialog = { type: 'open'; options: OpenDialogSpec } | { type: 'save'; options: SaveDialogSpec }

const DEFAULT_CSV_NAME = 'customers.csv'

/** The renderer's suggestion is only a file name: any folder part is dropped, and it ends in .csv. */
function csvName(suggested: string | undefined): string {
  const name = (suggested ?? '').split(/[\\/]/).pop()?.replace(/[\p{Cc}]/gu, '').trim() ?? ''
  if (!name || name === '.' || name === '..') return DEFAULT_CSV_NAME
  return /\.csv$/i.test(name) ? name : `${name}.csv`
}

const existing = (folder: string) => (existsSync(folder) ? { defaultPath: folder } : {})

/** The system dialog for each kind of path the screens ask for. */
export function pathDialogFor(request: PickPathRequest, documents: string): PathDialog {
  switch (request.kind) {
    case 'folder':
      return {
        type: 'open',
        options: { title: 'Choose a folder', buttonLabel: 'Choose this folder', ...existing(documents), properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] },
      }
    case 'backup-file':
      return {
        type: 'open',
        options: {
          title: 'Choose a Parlour backup',
          buttonLabel: 'Choose this backup',
          ...existing(request.backups_folder),
          filters: [{ name: 'Parlour backups', extensions: ['db'] }],
          properties: ['openFile', 'dontAddToRecent'],
        },
      }
    case 'save-csv':
      return {
        type: 'save',
        options: {
          title: 'Export customers as CSV',
          buttonLabel: 'Export',
          defaultPath: join(documents, csvName(request.suggested_name)),
          filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
        },
      }
  }
}

/**
 * The core's file-dialog port, with Electron's dialogs shown over the window that asked (a modal
 * sheet on macOS); the core decides who may ask and where backups are. Cancelling gives null. A
 * CSV path the system returned without the extension gets it, since the core only writes `.csv`.
 */
export function createPathPicker<W>(options: {
  dialog: FileDialogPort<W>
  /** The window of a connection's origin (the web contents that connected), if it is one of ours. */
  windowFor: (origin: unknown) => W | null
  documents: () => string
}): PickPath {
  const { dialog } = options
  return async (origin, request) => {
    const parent = options.windowFor(origin)
    const wanted = pathDialogFor(request, options.documents())
    if (wanted.type === 'save') {
      const result = parent ? await dialog.showSaveDialog(parent, wanted.options) : await dialog.showSaveDialog(wanted.options)
      if (result.canceled || !result.filePath) return null
      return /\.csv$/i.test(result.filePath) ? result.filePath : `${result.filePath}.csv`
    }
    const result = parent ? await dialog.showOpenDialog(parent, wanted.options) : await dialog.showOpenDialog(wanted.options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
