import type { AppStatus } from '../core/contract'
import type { MessageBoxSpec } from './electron-ports'

const TITLES: Record<Extract<AppStatus, { state: 'database-problem' }>['reason'], string> = {
  corrupt: 'The database is damaged',
  'newer-version': 'The database is from a newer Parlour',
  'not-a-database': 'The data file is not a Parlour database',
  'wrong-key': 'The data cannot be unlocked',
  unreadable: 'The database cannot be read',
}

/** The dialog shown when the data cannot be opened: what happened, and that nothing was touched. */
export function problemDialogOptions(status: Extract<AppStatus, { state: 'database-problem' }>, databasePath: string): MessageBoxSpec {
  return {
    type: 'error',
    title: 'Parlour cannot open its data',
    message: TITLES[status.reason],
    detail:
      `${status.message}\n\nParlour has not changed or deleted anything. The data file is:\n${databasePath}\n\n` +
      (status.reason === 'corrupt'
        ? "Parlour's recovery screen can put a verified backup in its place; the damaged file is then kept beside it, never deleted."
        : 'Keep a copy of that file before trying anything else.'),
    buttons: ['OK'],
    noLink: true,
  }
}
