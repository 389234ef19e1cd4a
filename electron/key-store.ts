import { join } from 'node:path'
import { safeStorage } from 'electron'
import { createDataKeyStore, type DataKeyStore } from './core'

export const KEY_FILE_NAME = 'data-key.json'

/**
 * The data key store in the user-data folder, wrapped by Electron's safeStorage: the core's
 * key-store port (electron/core/app/os-key-store.ts holds the logic, tested with a stand-in);
 * this file only hands it the real safeStorage. Call after the app is ready (before that,
 * Linux reports its backend as `unknown`).
 */
export function openDataKeyStore(userDataDir: string, onWarning: (message: string) => void): DataKeyStore {
  return createDataKeyStore({ safeStorage, platform: process.platform, file: join(userDataDir, KEY_FILE_NAME), onWarning })
}
