import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BULK_WORKER_BUNDLE } from '../db/bulk/bulk-worker-file'
import { PINS } from '../test/helpers/core'
import { createStandInElectron } from './testing/stand-in-electron'
import { createStandInSafeStorage } from './testing/stand-in-safe-storage'

/**
 * The bundles as shipped: main and preload built with the real Vite configs into a scratch
 * folder outside the project, given the project's node_modules (a link) so the bundle resolves
 * its external packages as the packed app does.
 */
const ROOT = join(import.meta.dirname, '..')
const OUT = mkdtempSync(join(tmpdir(), 'parlour-build-test-'))
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])

beforeAll(async () => {
  symlinkSync(join(ROOT, 'node_modules'), join(OUT, 'node_modules'), 'junction')
  // As scripts/build.mjs does: main empties dist/main, then its bulk worker is added beside it.
  for (const [config, folder, emptyOutDir] of [['vite.main.config.ts', 'main', true], ['vite.worker.config.ts', 'main', false], ['vite.preload.config.ts', 'preload', true]] as const) {
    await build({ configFile: join(ROOT, config), root: ROOT, logLevel: 'silent', build: { outDir: join(OUT, 'dist', folder), emptyOutDir } })
  }
  mkdirSync(join(OUT, 'dist', 'renderer'), { recursive: true })
  writeFileSync(join(OUT, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Parlour</title>')
}, 120_000)
afterAll(() => rmSync(OUT, { recursive: true, force: true }))

/** Module specifiers a bundle still loads at run time. */
function importsOf(code: string): string[] {
  const found = new Set<string>()
  for (const match of code.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)) found.add((match[1] ?? match[2])!)
  for (const match of code.matchAll(/(?:\b|__)require\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.add((match[1] ?? match[2])!)
  return [...found]
}

describe('built preload (dist/preload/preload.cjs)', () => {
  const code = () => readFileSync(join(OUT, 'dist', 'preload', 'preload.cjs'), 'utf8')

  it('is one CommonJS file that requires nothing but electron', () => {
    expect(importsOf(code())).toEqual(['electron'])
    expect(code()).not.toMatch(/^\s*(import|export)\s/m)
    expect(code()).not.toMatch(/ipcRenderer\s*[,}]|exposeInMainWorld\([^)]*ipcRenderer/)
  })

  it('runs where a sandboxed preload runs: no Node, a require that knows only electron', () => {
    const exposed = new Map<string, unknown>()
    const sent: unknown[][] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: (...args: unknown[]) => (sent.push(args), Promise.resolve(null)) },
    }
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron
      throw new Error(`module not found: ${name}`)
    }
    const module = { exports: {} }
    runInNewContext(code(), { require: sandboxRequire, module, exports: module.exports })
    expect([...exposed.keys()]).toEqual(['pos'])
    const pos = exposed.get('pos') as { invoke: (...args: unknown[]) => unknown }
    expect(Object.keys(pos)).toEqual(['invoke'])
    void pos.invoke('session.state', {})
    expect(sent).toEqual([['pos:invoke', 'session.state', {}]])
  })
})

describe('built bulk worker (dist/main/bulk-worker.mjs)', () => {
  it('is an ES module beside main.js that loads only better-sqlite3 and Node built-ins at run time', () => {
    const code = readFileSync(join(OUT, 'dist', 'main', BULK_WORKER_BUNDLE), 'utf8')
    const outside = importsOf(code).filter((name) => !NODE_BUILTINS.has(name))
    expect(outside).toEqual(['better-sqlite3'])
    expect(code).not.toMatch(/from\s*["']electron["']/)
  })
})

describe('built main process (dist/main/main.js)', () => {
  const code = () => readFileSync(join(OUT, 'dist', 'main', 'main.js'), 'utf8')

  it('is an ES module that loads only electron, better-sqlite3 and Node built-ins at run time', () => {
    const outside = importsOf(code()).filter((name) => !NODE_BUILTINS.has(name))
    expect(outside.sort()).toEqual(['better-sqlite3', 'electron'])
  })

  it('starts with a stand-in electron and serves the real core: first run, owner, customer found', async () => {
    const userData = join(OUT, 'user-data')
    const standIn = createStandInElectron({ userData, appPath: OUT, safeStorage: createStandInSafeStorage() })
    vi.resetModules()
    vi.doMock('electron', () => standIn.electron)
    await import(/* @vite-ignore */ join(OUT, 'dist', 'main', 'main.js'))
    standIn.ready()
    await vi.waitFor(() => expect(standIn.record.windows).toHaveLength(1))
    const contents = standIn.record.windows[0]!.webContents
    const call = (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input)
    expect(await call('app.status', {})).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await call('session.setupOwner', { name: 'Asha', pin: PINS.owner })).toMatchObject({ ok: true })
    expect(await call('customers.create', { first_name: 'Priya', phone: '+91 98765 43210' })).toMatchObject({ ok: true })
    expect(await call('customers.findByPhone', { phone: '098765 43210' })).toMatchObject({ ok: true, value: { first_name: 'Priya' } })

    // Bulk work runs on dist/main/bulk-worker.mjs: argon2id (the owner's PIN above, the recovery
    // passphrase here), the backup's check and the CSV export; without that file the export fails.
    expect(await call('security.setRecoveryPassphrase', { passphrase: 'monsoon jasmine kettle 42' })).toMatchObject({ ok: true })
    expect(await call('backup.run', {})).toMatchObject({ ok: true, value: { verified: true, customers: 1 } })
    const csv = join(OUT, 'customers.csv')
    expect(await call('customers.exportCsv', { file: csv })).toEqual({ ok: true, value: { file: csv, rows: 1 } })
    expect(readFileSync(csv, 'utf8')).toContain('Priya')
    const worker = join(OUT, 'dist', 'main', BULK_WORKER_BUNDLE)
    renameSync(worker, `${worker}.away`)
    try {
      expect(await call('customers.exportCsv', { file: csv })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    } finally {
      renameSync(`${worker}.away`, worker)
    }

    const page = await standIn.record.protocolHandlers.get('app')!(new Request('app://parlour/'))
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    standIn.electron.app.quit()
    await vi.waitFor(() => expect(standIn.record.exited).toBe(true))
  })
})
