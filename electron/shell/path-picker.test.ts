import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { tempDir } from '../../test/helpers/temp'
import { StandInWebContents } from '../testing/stand-in-electron'
import type { PickPathRequest } from '../core'
import { createPathPicker, pathDialogFor as dialogFor } from './path-picker'

const folders = () => ({ backups: tempDir(), documents: tempDir() })
/** The dialog for a request, with the backups folder the core names and the documents folder the shell knows. */
const pathDialogFor = (request: Omit<PickPathRequest, 'backups_folder'>, where: { backups: string; documents: string }) =>
  dialogFor({ ...request, backups_folder: where.backups }, where.documents)
const BACKUPS = '/home/asha/.config/Parlour/backups'

describe('app.pickPath dialogs', () => {
  it('asks for a folder, a backup file or a CSV file to save, each with its own dialog', () => {
    const where = folders()
    expect(pathDialogFor({ kind: 'folder' }, where)).toEqual({
      type: 'open',
      options: { title: 'Choose a folder', buttonLabel: 'Choose this folder', defaultPath: where.documents, properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] },
    })
    expect(pathDialogFor({ kind: 'backup-file' }, where)).toEqual({
      type: 'open',
      options: {
        title: 'Choose a Parlour backup',
        buttonLabel: 'Choose this backup',
        defaultPath: where.backups,
        filters: [{ name: 'Parlour backups', extensions: ['db'] }],
        properties: ['openFile', 'dontAddToRecent'],
      },
    })
    expect(pathDialogFor({ kind: 'save-csv', suggested_name: 'customers-2026-11-24.csv' }, where)).toEqual({
      type: 'save',
      options: {
        title: 'Export customers as CSV',
        buttonLabel: 'Export',
        defaultPath: join(where.documents, 'customers-2026-11-24.csv'),
        filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      },
    })
  })

  it('takes only a file name from the renderer’s suggestion, ending in .csv', () => {
    const where = folders()
    const suggested = (name?: string) => {
      const dialog = pathDialogFor({ kind: 'save-csv', ...(name === undefined ? {} : { suggested_name: name }) }, where)
      return dialog.type === 'save' ? dialog.options.defaultPath : null
    }
    expect(suggested('../../../etc/cron.d/evil')).toBe(join(where.documents, 'evil.csv'))
    expect(suggested('C:\\Windows\\System32\\x.csv')).toBe(join(where.documents, 'x.csv'))
    expect(suggested('..')).toBe(join(where.documents, 'customers.csv'))
    expect(suggested('')).toBe(join(where.documents, 'customers.csv'))
    expect(suggested(undefined)).toBe(join(where.documents, 'customers.csv'))
    expect(suggested('list\u0000\n.CSV')).toBe(join(where.documents, 'list.CSV'))
  })

  it('leaves out a default folder that does not exist (the backups folder before the first backup)', () => {
    const dialog = pathDialogFor({ kind: 'backup-file' }, { backups: join(tempDir(), 'backups'), documents: tempDir() })
    expect(dialog.options).not.toHaveProperty('defaultPath')
  })

  it('parents the dialog to the calling window and answers the chosen path, or null when cancelled', async () => {
    const contents = new StandInWebContents('app://parlour/index.html')
    const parent = { id: 'the window' }
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/parlour-20261124-093000.db'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/asha/Documents/list' })),
    }
    const pick = createPathPicker({ dialog: dialog as never, windowFor: (origin) => (origin === contents ? (parent as never) : null), documents: () => folders().documents })
    expect(await pick(contents, { kind: 'backup-file', backups_folder: BACKUPS })).toBe('/media/usb/parlour-20261124-093000.db')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ title: 'Choose a Parlour backup' }))
    // GTK may return the name as typed: the core writes only .csv files.
    expect(await pick(contents, { kind: 'save-csv', backups_folder: BACKUPS })).toBe('/home/asha/Documents/list.csv')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ title: 'Export customers as CSV' }))

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await pick(contents, { kind: 'folder', backups_folder: BACKUPS })).toBeNull()
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await pick(contents, { kind: 'save-csv', backups_folder: BACKUPS })).toBeNull()

    // No window for these contents: the dialog is shown on its own.
    const stray = new StandInWebContents('app://parlour/index.html')
    await pick(stray, { kind: 'folder', backups_folder: BACKUPS })
    expect(dialog.showOpenDialog.mock.calls.at(-1)).toHaveLength(1)
  })
})
