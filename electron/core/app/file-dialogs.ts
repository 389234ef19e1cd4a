/**
 * The port through which the core shows the system's file dialogs (the desktop shell provides
 * it with Electron's `dialog`; tests provide their own). The core decides who may ask and which
 * folder to start in; the port only shows the dialog over the window that asked.
 */

export const PICK_PATH_KINDS = ['folder', 'backup-file', 'save-csv'] as const
export type PickPathKind = (typeof PICK_PATH_KINDS)[number]

export type PickPathRequest = {
  kind: PickPathKind
  /** A file name to suggest for a save dialog (never a folder: the port drops any folder part). */
  suggested_name?: string | undefined
  /** Where backups are kept now: the folder a 'backup-file' dialog starts in. */
  backups_folder: string
}

/** Shows the dialog over the window `origin` (the shell's own handle); null when cancelled. */
export type PickPath = (origin: unknown, request: PickPathRequest) => Promise<string | null>
