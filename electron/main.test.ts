import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { seedCustomers } from '../bench/generate'
import { listBackups } from '../db/backup/backup'
import { PINS } from '../test/helpers/core'
import { sha256 } from '../test/helpers/temp'
import type * as CoreModule from './core'
import { CONTENT_SECURITY_POLICY } from './shell/csp'
import { QUIT_TIMEOUT_MS } from './shell/quit'
import { createStandInElectron, StandInEvent, StandInWebContents, type StandInElectron } from './testing/stand-in-electron'
import { createStandInSafeStorage } from './testing/stand-in-safe-storage'

/**
 * electron/main.ts loaded with a stand-in 'electron' module (Electron's binary cannot be
 * downloaded here): what it asks Electron for, and how it answers what Chromium would send.
 * The core behind it is real: a real SQLite file in a temp user-data folder.
 */

const folders: string[] = []
const folder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  folders.push(dir)
  return dir
}
beforeAll(() => {
  // main.ts logs each blocked navigation; the tests below provoke dozens on purpose.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The app's own files as electron-builder would pack them (a minimal renderer page). */
function appFolder(): string {
  const appPath = folder('parlour-app-')
  mkdirSync(join(appPath, 'dist', 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Parlour</title><script type="module" src="./assets/index.js"></script>')
  writeFileSync(join(appPath, 'dist', 'renderer', 'assets', 'index.js'), 'export {}')
  writeFileSync(join(appPath, 'secret.txt'), 'not for the renderer')
  return appPath
}

/** Ways into the real core behind main.ts: what it was opened with, and hooks on open and close. */
type CoreSpy = {
  /** Called as soon as the core's data has opened. */
  afterOpen?: (core: CoreModule.Core) => void
  /** close() waits for this first (a core that takes its time to close). */
  holdClose?: () => Promise<void>
}

/** Loads main.ts as Electron would start it, and fires 'ready'. */
async function launch(options: Partial<Parameters<typeof createStandInElectron>[0]> = {}, env: { PARLOUR_USER_DATA_DIR?: string } = {}, spy: CoreSpy = {}) {
  const standIn = createStandInElectron({ userData: folder('parlour-user-data-'), appPath: appFolder(), ...options })
  vi.resetModules()
  vi.doMock('electron', () => standIn.electron)
  // The real core, with its close() observed.
  const cores: { closed: boolean }[] = []
  const opened: { options: CoreModule.StartCoreOptions; core: CoreModule.Core }[] = []
  vi.doMock('./core', async (importOriginal) => {
    const real = await importOriginal<typeof CoreModule>()
    const startCore: typeof real.startCore = (coreOptions) => {
      const core = real.startCore(coreOptions)
      const seen = { closed: false }
      cores.push(seen)
      opened.push({ options: coreOptions, core })
      void core.start().then((status) => {
        if (status.state === 'ready') spy.afterOpen?.(core)
      })
      return {
        start: () => core.start(),
        connect: (origin) => core.connect(origin),
        get store() {
          return core.store
        },
        get dailyBackup() {
          return core.dailyBackup
        },
        close: async () => {
          await spy.holdClose?.()
          await core.close()
          seen.closed = true
        },
      }
    }
    return { ...real, startCore }
  })
  const previous = process.env.PARLOUR_USER_DATA_DIR
  if (env.PARLOUR_USER_DATA_DIR) process.env.PARLOUR_USER_DATA_DIR = env.PARLOUR_USER_DATA_DIR
  else delete process.env.PARLOUR_USER_DATA_DIR
  try {
    await import('./main')
  } finally {
    if (previous === undefined) delete process.env.PARLOUR_USER_DATA_DIR
    else process.env.PARLOUR_USER_DATA_DIR = previous
  }
  standIn.ready()
  return Object.assign(standIn, { cores, opened })
}

type Launched = Awaited<ReturnType<typeof launch>>

async function launchWithWindow(options: Partial<Parameters<typeof createStandInElectron>[0]> = {}, spy: CoreSpy = {}) {
  const standIn = await launch(options, {}, spy)
  await vi.waitFor(() => expect(standIn.record.windows).toHaveLength(1))
  const window = standIn.record.windows[0]!
  await vi.waitFor(() => expect(window.loadedUrl).not.toBeNull())
  return { standIn, window, contents: window.webContents }
}

async function quit(standIn: StandInElectron) {
  standIn.electron.app.quit()
  await vi.waitFor(() => expect(standIn.record.exited).toBe(true))
}

describe('main process: first run on a computer with a secure key store', () => {
  let standIn: Launched
  let window: StandInElectron['record']['windows'][number]
  let contents: StandInWebContents
  const answers: unknown[] = []

  beforeAll(async () => {
    ;({ standIn, window, contents } = await launchWithWindow())
    const invoke = standIn.invoke
    // Every answer the renderer gets in this run is kept, to check none carries the key.
    standIn.invoke = async (...args) => {
      const answer = await invoke(...args)
      answers.push(answer)
      return answer
    }
  })

  it('takes the single-instance lock, sandboxes every renderer and registers app:// as a standard, secure scheme without bypassing CSP', () => {
    expect(standIn.record.sandboxEnabled).toBe(true)
    expect(standIn.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ])
  })

  it('opens one window with exactly these options', () => {
    expect(window.options).toEqual({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      title: 'Parlour',
      show: false,
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: join(standIn.electron.app.getAppPath(), 'dist', 'preload', 'preload.cjs'),
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
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        devTools: true,
      },
    })
  })

  it('loads the renderer from app://parlour/ and shows the window once it is ready', () => {
    expect(window.loadedUrl).toBe('app://parlour/index.html')
    expect(window.shown).toBe(false)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
  })

  it.each(['https://evil.test', 'https://evil.test/?app://parlour/index.html', 'app://../../etc/passwd', 'app://parlour/../../etc/passwd', 'file:///etc/passwd', 'app://parlour/other.html'])(
    'prevents navigation to %s (main frame, any frame, redirects)',
    (url) => {
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        const attempt = new StandInEvent(url)
        contents.emit(event, attempt, url)
        expect(attempt.defaultPrevented, `${event} ${url}`).toBe(true)
      }
    },
  )

  it('lets the app reload its own page', () => {
    const reload = new StandInEvent('app://parlour/index.html')
    contents.emit('will-navigate', reload, reload.url)
    expect(reload.defaultPrevented).toBe(false)
  })

  it('denies window.open and prevents <webview> from attaching', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://evil.test' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'app://parlour/index.html' })).toEqual({ action: 'deny' })
    const attach = new StandInEvent()
    contents.emit('will-attach-webview', attach, { nodeIntegration: true }, { src: 'https://evil.test' })
    expect(attach.defaultPrevented).toBe(true)
  })

  it('guards every web contents created, not only the main window', () => {
    const other = new StandInWebContents()
    standIn.electron.app.emit('web-contents-created', new StandInEvent(), other)
    const attempt = new StandInEvent('https://evil.test')
    other.emit('will-navigate', attempt, attempt.url)
    expect(attempt.defaultPrevented).toBe(true)
    expect(other.windowOpenHandler?.({ url: 'https://evil.test' })).toEqual({ action: 'deny' })
  })

  it('answers every permission request and check with false, and cancels network requests', () => {
    const { session } = standIn.record
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'fullscreen']) {
      const callback = vi.fn()
      session.permissionRequest?.(contents, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(session.permissionCheck?.(contents, permission, 'app://parlour', {})).toBe(false)
    }
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false)
    expect(session.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']))
    const callback = vi.fn()
    session.beforeRequest?.listener({ url: 'https://evil.test/beacon' }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })

  it('serves the renderer through app:// with the CSP header, and nothing outside it', async () => {
    const handle = standIn.record.protocolHandlers.get('app')!
    const page = await handle(new Request('app://parlour/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    const escape = await handle(new Request('app://parlour/..%2f..%2fsecret.txt'))
    expect(escape.status).toBe(404)
    expect(await escape.text()).not.toContain('not for the renderer')
  })

  it('handles one IPC channel, pos:invoke, once', () => {
    expect([...standIn.record.ipcHandlers.keys()]).toEqual(['pos:invoke'])
    expect(standIn.record.ipcHandleCalls).toBe(1)
  })

  it('refuses pos:invoke from a foreign origin, a subframe, a frame that is gone or a web contents it did not create, without touching the core', async () => {
    const setup = { name: 'Intruder', pin: 'an intruder passphrase' }
    const foreignPage = new StandInWebContents('https://evil.test/')
    const notOurs = new StandInWebContents('app://parlour/index.html')
    const refusals = [
      await standIn.invoke(contents, contents.subframe('app://parlour/index.html'), 'session.setupOwner', setup),
      await standIn.invoke(contents, contents.subframe('https://evil.test/'), 'session.setupOwner', setup),
      await standIn.invoke(contents, null, 'session.setupOwner', setup),
      await standIn.invoke(foreignPage, foreignPage.mainFrame, 'session.setupOwner', setup),
      await standIn.invoke(notOurs, notOurs.mainFrame, 'session.setupOwner', setup),
    ]
    for (const refusal of refusals) expect(refusal).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    // Our own window's page navigated elsewhere (say, by an exploit) is refused too.
    contents.mainFrame.url = 'https://evil.test/'
    expect(await standIn.invoke(contents, contents.mainFrame, 'session.setupOwner', setup)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    contents.mainFrame.url = 'app://parlour/index.html'
    // None of them reached the core: the salon still has no owner.
    expect(await standIn.invoke(contents, contents.mainFrame, 'session.state', {})).toMatchObject({ ok: true, value: { setup_required: true, users: [] } })
  })

  it('serves the app page through the real core: status ready, set up the owner, add and find a customer', async () => {
    const call = (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input)
    expect(await call('app.status', {})).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await call('session.setupOwner', { name: 'Asha', pin: PINS.owner })).toMatchObject({ ok: true, value: { role: 'owner' } })
    expect(await call('customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' })).toMatchObject({ ok: true })
    expect(await call('customers.search', { query: '3210' })).toMatchObject({ ok: true, value: [{ full_name: 'Priya Sharma' }] })
    expect(await call('customers.search', { query: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('stored the data key wrapped in the user-data folder, next to the database', () => {
    const userData = standIn.electron.app.getPath('userData')
    expect(existsSync(join(userData, 'parlour.db'))).toBe(true)
    expect(JSON.parse(readFileSync(join(userData, 'data-key.json'), 'utf8'))).toMatchObject({ version: 1, backend: 'gnome_libsecret' })
  })

  it('never sent the data key to the renderer, in any answer, whatever was asked', async () => {
    const call = (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input)
    for (const method of ['app.status', 'app.unlock', 'app.createPassphrase', 'security.recoveryStatus', 'settings.get', 'session.state', 'dataKey', 'store.vault']) {
      answers.push(await call(method, { passphrase: 'our salon opened in 2019' }))
    }
    const userData = standIn.electron.app.getPath('userData')
    const { wrapped_key } = JSON.parse(readFileSync(join(userData, 'data-key.json'), 'utf8')) as { wrapped_key: string }
    const { result } = await standIn.safeStorage.safeStorage.decryptStringAsync(Buffer.from(wrapped_key, 'base64'))
    const key = Buffer.from(result, 'base64')
    expect(key).toHaveLength(32)
    const everything = JSON.stringify(answers)
    expect(answers.length).toBeGreaterThan(15)
    for (const encoding of ['base64', 'hex', 'base64url'] as const) expect(everything).not.toContain(key.toString(encoding))
    expect(everything).not.toContain(JSON.stringify([...key]).slice(1, -1))
  })

  it('a second launch focuses the window (restoring it if minimised)', () => {
    window.minimized = true
    standIn.electron.app.emit('second-instance', new StandInEvent(), ['parlour'], '/')
    expect(window.restored).toBe(1)
    expect(window.focused).toBe(1)
  })

  it('remembers the window bounds on close and closes the core on quit', async () => {
    const userData = standIn.electron.app.getPath('userData')
    window.setBounds({ x: 100, y: 80, width: 1400, height: 900 })
    expect(standIn.cores).toEqual([{ closed: false }])
    await quit(standIn)
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: false })
    expect(standIn.cores).toEqual([{ closed: true }])
  })
})

describe('main process: later runs', () => {
  it('reopens the same data with the stored key, in the remembered bounds', async () => {
    const safeStorage = createStandInSafeStorage()
    const first = await launchWithWindow({ safeStorage })
    const userData = first.standIn.electron.app.getPath('userData')
    const call = (method: string, input: unknown) => first.standIn.invoke(first.contents, first.contents.mainFrame, method, input)
    await call('session.setupOwner', { name: 'Asha', pin: PINS.owner })
    first.window.setBounds({ x: 50, y: 40, width: 1300, height: 760 })
    await quit(first.standIn)

    const second = await launchWithWindow({ safeStorage, userData })
    expect(second.window.options).toMatchObject({ x: 50, y: 40, width: 1300, height: 760 })
    expect(await second.standIn.invoke(second.contents, second.contents.mainFrame, 'session.state', {})).toMatchObject({ ok: true, value: { setup_required: false } })
    await quit(second.standIn)
  })

  it('a second instance quits at once: no window, no IPC, no database', async () => {
    const standIn = await launch({ singleInstance: false })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(standIn.record.quits).toBe(1)
    expect(standIn.record.windows).toHaveLength(0)
    expect(standIn.record.ipcHandlers.size).toBe(0)
    expect(existsSync(join(standIn.electron.app.getPath('userData'), 'parlour.db'))).toBe(false)
  })

  it('a packaged app turns devtools off and ignores PARLOUR_USER_DATA_DIR', async () => {
    const elsewhere = folder('parlour-elsewhere-')
    const standIn = await launch({ isPackaged: true }, { PARLOUR_USER_DATA_DIR: elsewhere })
    await vi.waitFor(() => expect(standIn.record.windows).toHaveLength(1))
    expect(standIn.record.windows[0]!.options).toMatchObject({ webPreferences: { devTools: false, sandbox: true } })
    expect(standIn.electron.app.getPath('userData')).not.toBe(elsewhere)
    await quit(standIn)
  })

  it('a development run uses PARLOUR_USER_DATA_DIR for a throwaway profile', async () => {
    const elsewhere = folder('parlour-elsewhere-')
    const standIn = await launch({}, { PARLOUR_USER_DATA_DIR: elsewhere })
    await vi.waitFor(() => expect(standIn.record.windows).toHaveLength(1))
    expect(standIn.electron.app.getPath('userData')).toBe(elsewhere)
    await vi.waitFor(() => expect(existsSync(join(elsewhere, 'parlour.db'))).toBe(true))
    await quit(standIn)
  })
})

describe('main process: data it cannot open', () => {
  it('a damaged database: a clear dialog, the problem status for the renderer, every other call refused, the file untouched', async () => {
    const userData = folder('parlour-user-data-')
    const garbage = Buffer.alloc(4096, 0x5a)
    writeFileSync(join(userData, 'parlour.db'), garbage)
    const { standIn, contents } = await launchWithWindow({ userData })
    await vi.waitFor(() => expect(standIn.record.dialogs).toHaveLength(1))
    expect(standIn.record.dialogs[0]).toMatchObject({ type: 'error', title: 'Parlour cannot open its data', detail: expect.stringContaining('has not changed or deleted anything') })
    const call = (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input)
    expect(await call('app.status', {})).toMatchObject({ ok: true, value: { state: 'database-problem', reason: 'not-a-database' } })
    expect(await call('session.state', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await call('app.unlock', { passphrase: 'anything at all here' })).toMatchObject({ ok: true, value: { state: 'database-problem' } })
    expect(readFileSync(join(userData, 'parlour.db')).equals(garbage)).toBe(true)
    expect(existsSync(join(userData, 'data-key.json'))).toBe(false)
    await quit(standIn)
  })

  it('Linux basic_text: the renderer is asked for a recovery passphrase; nothing but app.* answers until it is set; the key is never stored weakly', async () => {
    const safeStorage = createStandInSafeStorage({ backend: 'basic_text' })
    const { standIn, contents } = await launchWithWindow({ safeStorage })
    const userData = standIn.electron.app.getPath('userData')
    const call = (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input)
    expect(await call('app.status', {})).toMatchObject({ ok: true, value: { state: 'passphrase-setup', reason: 'weak-key-store' } })
    expect(await call('session.state', {})).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Unlock Parlour first.' } })
    expect(await call('app.createPassphrase', { passphrase: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await call('app.createPassphrase', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(existsSync(join(userData, 'parlour.db'))).toBe(false)
    expect(await call('app.createPassphrase', { passphrase: 'our salon opened in 2019' })).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await call('session.state', {})).toMatchObject({ ok: true, value: { setup_required: true } })
    expect(existsSync(join(userData, 'data-key.json'))).toBe(false)
    expect(safeStorage.calls.encrypt).toBe(0)
    await quit(standIn)
  })
})

const PASSPHRASE = 'monsoon jasmine kettle 42'

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } }
const caller = (standIn: StandInElectron, contents: StandInWebContents) => (method: string, input: unknown) => standIn.invoke(contents, contents.mainFrame, method, input) as Promise<Answer>
const value = <T>(answer: Answer): T => {
  if (!answer.ok) throw new Error(`call failed: ${JSON.stringify(answer.error)}`)
  return answer.value as T
}

/** A salon with its owner, a recovery passphrase (so backups run) and one customer, through the window. */
async function salonThroughWindow(call: ReturnType<typeof caller>) {
  value(await call('session.setupOwner', { name: 'Asha', pin: PINS.owner }))
  value(await call('security.setRecoveryPassphrase', { passphrase: PASSPHRASE }))
  return value<{ id: string }>(await call('customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' }))
}

async function ownerFinds(call: ReturnType<typeof caller>, query: string) {
  const { users } = value<{ users: { id: string; name: string }[] }>(await call('session.state', {}))
  value(await call('session.login', { user_id: users.find((user) => user.name === 'Asha')!.id, pin: PINS.owner }))
  return value<{ full_name: string }[]>(await call('customers.search', { query })).map((customer) => customer.full_name)
}

describe('main process: file dialogs (app.pickPath)', () => {
  it('shows the system dialog over the calling window, before and after the data is open; the core never answers it', async () => {
    const documents = folder('parlour-documents-')
    const { standIn, window, contents } = await launchWithWindow({ safeStorage: createStandInSafeStorage({ backend: 'basic_text' }), documents })
    const call = caller(standIn, contents)
    expect(value(await call('app.status', {}))).toMatchObject({ state: 'passphrase-setup' })

    standIn.record.fileDialogAnswers.push({ canceled: false, filePaths: ['/media/usb/parlour-backups'] })
    expect(await call('app.pickPath', { kind: 'folder' })).toEqual({ ok: true, value: { path: '/media/usb/parlour-backups' } })
    expect(standIn.record.fileDialogs[0]).toMatchObject({ type: 'open', window, options: { properties: expect.arrayContaining(['openDirectory']) } })

    value(await call('app.createPassphrase', { passphrase: PASSPHRASE }))
    standIn.record.fileDialogAnswers.push({ canceled: false, filePath: join(documents, 'november.csv') })
    expect(await call('app.pickPath', { kind: 'save-csv', suggested_name: 'customers-november.csv' })).toEqual({ ok: true, value: { path: join(documents, 'november.csv') } })
    expect(standIn.record.fileDialogs[1]).toMatchObject({ type: 'save', window, options: { defaultPath: join(documents, 'customers-november.csv') } })

    // Cancelled: null, as the core would say, but from the dialog.
    expect(await call('app.pickPath', { kind: 'backup-file' })).toEqual({ ok: true, value: { path: null } })
    expect(standIn.record.fileDialogs).toHaveLength(3)
    expect(await call('app.pickPath', { kind: 'printer' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(standIn.record.fileDialogs).toHaveLength(3)
    await quit(standIn)
  })
})

describe('main process: backups, restore on a new PC, and recovery', () => {
  it('restoring another PC’s backup stores the key it brings: the next launch opens the restored data without a passphrase', async () => {
    const shop = await launchWithWindow()
    const atShop = caller(shop.standIn, shop.contents)
    await salonThroughWindow(atShop)
    const backup = value<{ file: string }>(await atShop('backup.run', {}))
    await quit(shop.standIn)

    const safeStorage = createStandInSafeStorage()
    const pc = await launchWithWindow({ safeStorage })
    const userData = pc.standIn.electron.app.getPath('userData')
    const atPc = caller(pc.standIn, pc.contents)
    expect(value(await atPc('app.status', {}))).toEqual({ state: 'ready' })
    expect(pc.standIn.opened[0]!.options).toMatchObject({ databasePath: join(userData, 'parlour.db'), keyStore: expect.any(Object), pickPath: expect.any(Function) })
    expect(await atPc('app.restoreBackup', { file: backup.file, passphrase: PASSPHRASE })).toEqual({ ok: true, value: { state: 'ready' } })
    expect(readdirSync(userData).filter((name) => name.startsWith('data-key.replaced-'))).toHaveLength(1)
    await quit(pc.standIn)

    const again = await launchWithWindow({ safeStorage, userData })
    const call = caller(again.standIn, again.contents)
    expect(value(await call('app.status', {}))).toEqual({ state: 'ready' })
    expect(await ownerFinds(call, 'Priya')).toEqual(['Priya Sharma'])
    await quit(again.standIn)
  })

  it('a damaged database: problem status and dialog, the recovery screen lists the backup and restores it; the damaged file is kept byte for byte and the customers are back', async () => {
    const safeStorage = createStandInSafeStorage()
    const first = await launchWithWindow({ safeStorage })
    const userData = first.standIn.electron.app.getPath('userData')
    const databasePath = join(userData, 'parlour.db')
    const atFirst = caller(first.standIn, first.contents)
    await salonThroughWindow(atFirst)
    const core = first.standIn.opened[0]!.core
    seedCustomers(core.store, { count: 400, seed: 3 })
    const backup = value<{ file: string; created_at: string }>(await atFirst('backup.run', {}))
    core.store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await quit(first.standIn)
    // A failing disk: pages in the middle of the file overwritten.
    const size = statSync(databasePath).size
    const fd = openSync(databasePath, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 4, 0x42), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const damaged = sha256(databasePath)

    const { standIn, contents } = await launchWithWindow({ safeStorage, userData })
    const call = caller(standIn, contents)
    await vi.waitFor(() => expect(standIn.record.dialogs).toHaveLength(1))
    expect(standIn.record.dialogs[0]).toMatchObject({ message: 'The database is damaged', detail: expect.stringContaining('recovery screen') })
    expect(value(await call('app.status', {}))).toMatchObject({ state: 'database-problem', reason: 'corrupt' })
    expect(value(await call('app.recoveryOptions', {}))).toEqual({ backups: [expect.objectContaining({ file: backup.file, created_at: backup.created_at, verified: true })] })
    expect(await call('session.state', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await call('app.restoreBackup', { file: 'parlour.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: expect.any(String) } } })
    expect(sha256(databasePath)).toBe(damaged)

    // Nobody can log in to damaged data: the owner's recovery passphrase stands in for the owner.
    expect(await call('app.restoreBackup', { file: backup.file })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await call('app.restoreBackup', { file: backup.file, passphrase: PASSPHRASE })).toEqual({ ok: true, value: { state: 'ready' } })
    const aside = readdirSync(userData).filter((name) => /^parlour\.db\.before-restore-[^]*\d$/.test(name))
    expect(aside).toHaveLength(1)
    expect(sha256(join(userData, aside[0]!))).toBe(damaged)
    expect(value(await call('app.status', {}))).toEqual({ state: 'ready' })
    expect(await ownerFinds(call, 'Priya')).toEqual(['Priya Sharma'])
    // The data is open: the recovery methods are the core's again (it offers nothing once set up).
    expect(value(await call('app.recoveryOptions', {}))).toEqual({ backups: [] })
    await quit(standIn)
  })
})

describe('main process: quitting', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for the day’s backup that is running when the owner quits', async () => {
    const first = await launchWithWindow()
    const userData = first.standIn.electron.app.getPath('userData')
    await salonThroughWindow(caller(first.standIn, first.contents))
    await quit(first.standIn)
    const backups = join(userData, 'backups')
    expect(listBackups(backups)).toEqual([]) // no backup yet today: the next start makes one

    // Quit the moment the data opens, while the day's backup has only just started.
    const atQuit: { backups: number; partial: string[] }[] = []
    let standIn: Launched | null = null
    const launching = launch({ userData, safeStorage: first.standIn.safeStorage }, {}, {
      afterOpen: () => {
        atQuit.push({ backups: listBackups(backups).length, partial: [] })
        queueMicrotask(() => standIn?.electron.app.quit())
      },
    })
    standIn = await launching
    standIn.electron.app.once('quit', () => {
      atQuit.push({ backups: listBackups(backups).filter((b) => b.verified && b.reason === 'daily').length, partial: readdirSync(backups).filter((name) => name.endsWith('.partial')) })
    })
    await vi.waitFor(() => expect(standIn!.record.exited).toBe(true), { timeout: 10_000 })
    expect(standIn.opened[0]!.options.dailyBackup).not.toBe(false)
    expect(atQuit).toEqual([
      { backups: 0, partial: [] },
      { backups: 1, partial: [] },
    ])
    expect(standIn.cores).toEqual([{ closed: true }])
  })

  it('does not hang when the data will not close: it quits anyway after the time limit, and not before', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const { standIn } = await launchWithWindow({}, { holdClose: () => held })
    const call = caller(standIn, standIn.record.windows[0]!.webContents)
    expect(value(await call('app.status', {}))).toEqual({ state: 'ready' })
    const warn = vi.mocked(console.warn)
    warn.mockClear()

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    standIn.electron.app.quit()
    await vi.advanceTimersByTimeAsync(QUIT_TIMEOUT_MS - 1)
    expect(standIn.record.exited).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(standIn.record.exited).toBe(true)
    expect(warn.mock.calls.map(([message]) => String(message))).toContainEqual(expect.stringContaining('quitting before the database finished closing'))
    vi.useRealTimers()
    release()
    await vi.waitFor(() => expect(standIn.cores).toEqual([{ closed: true }]))
  })
})
