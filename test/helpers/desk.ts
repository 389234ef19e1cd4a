import { join } from 'node:path'
import type { IntegrityReport } from '../../db/sqlite/background-check'
import { createDataKeyStore, startCore, type Core } from '../../electron/core'
import { type createStandInSafeStorage } from '../../electron/testing/stand-in-safe-storage'
import { FAST_PIN_HASHING, must, recordingLogger } from './core'

export const FAST_KDF = { opsLimit: 1, memLimit: 8192 }

export type Os = ReturnType<typeof createStandInSafeStorage>

/**
 * One start of the desktop app's core on a user-data folder, as the shell starts it: the real
 * OS key store logic over a stand-in safeStorage, a real database, real libsodium. `gate` drives
 * the app.* methods through a window's connection, as the renderer's gate screens do.
 */
export function launchDesk(dir: string, os: Os, extra: { platform?: NodeJS.Platform; quickCheckMaxBytes?: number; checkIntegrity?: ((path: string) => Promise<IntegrityReport>) | null } = {}) {
  const databasePath = join(dir, 'parlour.db')
  const logger = Object.assign(recordingLogger(), { warnings: [] as string[] })
  logger.warn = (message) => void logger.warnings.push(message)
  const keyStore = createDataKeyStore({ safeStorage: os.safeStorage, platform: extra.platform ?? 'linux', file: join(dir, 'data-key.json') })
  const core = startCore({
    databasePath,
    keyStore,
    logger,
    pinHashParams: FAST_PIN_HASHING,
    recoveryKdfParams: FAST_KDF,
    checkIntegrity: extra.checkIntegrity ?? null,
    ...(extra.quickCheckMaxBytes !== undefined ? { quickCheckMaxBytes: extra.quickCheckMaxBytes } : {}),
  })
  return { core, gate: gateOf(core), databasePath, logger, keyStore }
}

/** The app.* methods of one window, and whether the data is open. */
export function gateOf(core: Core) {
  const window = core.connect()
  return {
    start: () => core.start(),
    status: () => must(window, 'app.status', {}),
    /** The core while its data is open, else null. */
    core: (): Core | null => {
      try {
        void core.store
        return core
      } catch {
        return null
      }
    },
    inRecovery: async () => {
      const status = await must(window, 'app.status', {})
      return status.state === 'database-problem' && status.reason === 'corrupt'
    },
    unlock: (passphrase: string) => window.invoke('app.unlock', { passphrase }),
    createPassphrase: (passphrase: string) => window.invoke('app.createPassphrase', { passphrase }),
    recoveryOptions: () => must(window, 'app.recoveryOptions', {}),
    restoreBackup: (file: string, passphrase: string | undefined) => window.invoke('app.restoreBackup', { file, ...(passphrase === undefined ? {} : { passphrase }) }),
    close: () => core.close(),
  }
}

export type Gate = ReturnType<typeof gateOf>
