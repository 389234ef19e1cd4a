/** The one IPC channel between the preload and the main process (ARCHITECTURE rule 3). */
export const INVOKE_CHANNEL = 'pos:invoke'
