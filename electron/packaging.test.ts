import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import mainConfig, { MAIN_EXTERNALS } from '../vite.main.config'
import preloadConfig from '../vite.preload.config'
import workerConfig, { WORKER_EXTERNALS, WORKER_FILE } from '../vite.worker.config'
import { BULK_WORKER_BUNDLE } from '../db/bulk/bulk-worker-file'

/**
 * electron-builder.yml checked by electron-builder's own loader and schema (no download needed),
 * and kept consistent with the Vite outputs and the paths main.ts loads.
 */
const ROOT = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

type BuilderConfig = {
  appId?: string
  productName?: string
  files?: (string | { filter?: string[] })[]
  asar?: boolean
  asarUnpack?: string[]
  electronFuses?: Record<string, boolean>
  linux?: { target?: string[] }
  win?: { target?: string[] }
  mac?: { target?: string[] }
  nsis?: { deleteAppDataOnUninstall?: boolean }
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown }

const load = () => getConfig(ROOT, 'electron-builder.yml', null)

/**
 * Each Electron fuse and the value a salon's till wants (https://www.electronjs.org/docs/latest/tutorial/fuses):
 * not a Node runtime, no NODE_OPTIONS or --inspect, only the app's own integrity-checked asar,
 * cookies encrypted at rest, no extra powers for file:// (the app is served from app://), and
 * Electron's one V8 snapshot for every process (the browser-process snapshot is an opt-in
 * startup optimisation that needs a snapshot file the app does not ship).
 */
const SECURE_FUSES: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema (and a misspelt fuse would not)", async () => {
    const config = await load()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/)
  })

  it('names the app and builds AppImage + deb, NSIS and dmg', async () => {
    const config = await load()
    expect(config).toMatchObject({ appId: 'in.parlour.pos', productName: 'Parlour', asar: true })
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('sets every Electron fuse the installed @electron/fuses knows, each to its secure value', async () => {
    // The fuses electron-builder flips, from the very @electron/fuses it loads: a fuse added by a
    // newer version is missing from SECURE_FUSES below, and this test says so.
    const fuses = createRequire(require.resolve('app-builder-lib/package.json'))('@electron/fuses') as { FuseV1Options: Record<string, string | number> }
    const known = Object.keys(fuses.FuseV1Options)
      .filter((name) => Number.isNaN(Number(name))) // a TypeScript enum maps both ways: keep the names
      .map((name) => name.charAt(0).toLowerCase() + name.slice(1))
    expect(known.filter((name) => !(name in SECURE_FUSES)), 'a fuse with no decided secure value: add it to SECURE_FUSES and electron-builder.yml').toEqual([])
    expect(Object.keys(SECURE_FUSES).sort()).toEqual([...known].sort())
    expect((await load()).electronFuses).toEqual(SECURE_FUSES)
  })

  it("unpacks better-sqlite3's native module from the asar and packs the three Vite outputs", async () => {
    const config = await load()
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**')
    // electron-builder's loader normalises `files` into filter sets.
    const patterns = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])))
    expect(patterns).toEqual(expect.arrayContaining(['package.json', 'dist/main/**', 'dist/preload/**', 'dist/renderer/**']))
  })

  it('agrees with the Vite configs and main.ts on where each part is', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; type: string }
    const mainOutput = mainConfig.build?.rolldownOptions?.output
    expect(pkg).toMatchObject({ type: 'module', main: 'dist/main/main.js' })
    expect(mainConfig.build?.outDir).toBe('dist/main')
    expect(Array.isArray(mainOutput) ? undefined : mainOutput).toMatchObject({ format: 'es', entryFileNames: 'main.js' })
    expect(preloadConfig.build?.outDir).toBe('dist/preload')
    const lib = preloadConfig.build?.lib
    expect(lib && lib.formats).toEqual(['cjs'])
    // The bulk worker goes beside main.js (packed by dist/main/**), under the name db/bulk/spawn.ts looks for.
    const workerOutput = workerConfig.build?.rolldownOptions?.output
    expect(workerConfig.build?.outDir).toBe('dist/main')
    expect(workerConfig.build?.emptyOutDir).toBe(false)
    expect(WORKER_FILE).toBe(BULK_WORKER_BUNDLE)
    expect(Array.isArray(workerOutput) ? undefined : workerOutput).toMatchObject({ format: 'es', entryFileNames: BULK_WORKER_BUNDLE })
    expect([...WORKER_EXTERNALS].sort()).toEqual(MAIN_EXTERNALS.filter((name) => name !== 'electron').sort())
    const mainSource = readFileSync(join(ROOT, 'electron', 'main.ts'), 'utf8')
    expect(mainSource).toContain("join(appDir, 'dist', 'preload', 'preload.cjs')")
    expect(mainSource).toContain("join(appDir, 'dist', 'renderer')")
  })
})
