import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright'
import { openCore, startCore, type Connection, type Core, type DataKeyStore } from '../../electron/core'
import { bridgePage, type Envelope } from './bridge'
import { APP_URL, serveApp, type BlockedRequest } from './static-app'

/** argon2id at its minimum cost: real PIN hashing, fast logins. */
export const FAST_HASHING = { opsLimit: 1, memLimit: 8192 }

/** 10:30 in the morning, Tuesday 24 November 2026, in Kolkata. */
export const DEFAULT_START = '2026-11-24T05:00:00.000Z'

export type ManualClock = (() => Date) & { advance(ms: number): void; set(iso: string): void }

export function manualClock(startIso: string): ManualClock {
  let now = new Date(startIso).getTime()
  return Object.assign(() => new Date(now), {
    advance: (ms: number) => void (now += ms),
    set: (iso: string) => void (now = new Date(iso).getTime()),
  })
}

/** A page of the app with its own core connection (one window). */
export type AppPage = {
  page: Page
  connection: Connection
  /** Every envelope this page received, in order. */
  received: Envelope[]
  /** Loads the app (index.html) and waits for the first screen. */
  open(): Promise<void>
}

export type Problems = { blocked: BlockedRequest[]; pageErrors: string[]; consoleErrors: string[]; coreErrors: string[] }

export type Harness = {
  core: Core
  clock: ManualClock
  databasePath: string
  /** Links the core asked the system browser to open (WhatsApp shares), recorded instead. */
  openedExternally: string[]
  context: BrowserContext
  problems: Problems
  /** A new window on the app: its own page and core connection. */
  newPage(): Promise<AppPage>
  /** Moves time on for the core and for every page's Date (the page's interval timers then see it). */
  advance(ms: number): Promise<void>
  close(): Promise<void>
}

export type HarnessOptions = {
  browser: Browser
  contextOptions?: BrowserContextOptions
  start?: string
  /** Open an existing database instead of a fresh one (the benchmark's seeded file). */
  databasePath?: string
  dataKey?: Uint8Array
  /**
   * Start the core as the desktop app does, on this key store, instead of opening it with a key
   * in hand: the gate's states (a locked key store, damaged data) then come from the real core.
   */
  keyStore?: DataKeyStore
  /** Hold the pages' Date at the core's time (default true; a benchmark wants real time). */
  controlPageClock?: boolean
}

/**
 * A fresh core on a temp database, a browser context that serves the production renderer and
 * blocks everything else, and pages bridged to the core as the preload bridges the desktop app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const folder = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'parlour-e2e-'))
  const databasePath = options.databasePath ?? join(folder as string, 'parlour.db')
  const clock = manualClock(options.start ?? DEFAULT_START)
  const problems: Problems = { blocked: [], pageErrors: [], consoleErrors: [], coreErrors: [] }
  // Links the core hands to the system browser (WhatsApp shares): recorded, never opened.
  const openedExternally: string[] = []
  const coreOptions = {
    openExternal: async (url: string) => void openedExternally.push(url),
    databasePath,
    now: clock,
    pinHashParams: FAST_HASHING,
    recoveryKdfParams: FAST_HASHING,
    dailyBackup: false,
    logger: {
      error: (message: string) => problems.coreErrors.push(message),
      warn: () => undefined,
    },
  }
  const core = options.keyStore
    ? startCore({ ...coreOptions, keyStore: options.keyStore, checkIntegrity: null })
    : await openCore({ ...coreOptions, dataKey: options.dataKey ?? new Uint8Array(randomBytes(32)) })
  await core.start()
  const context = await options.browser.newContext(options.contextOptions)
  await serveApp(context, problems.blocked)
  // The pages' Date reads the core's (frozen) time, so "today", countdowns and the idle timer
  // agree on both sides; timers still run in real time, and advance() moves both clocks.
  const syncPageClock = async () => {
    if (options.controlPageClock !== false) await context.clock.setFixedTime(clock())
  }
  await syncPageClock()
  const pages: AppPage[] = []

  return {
    core,
    clock,
    openedExternally,
    databasePath,
    context,
    problems,
    async newPage() {
      const page = await context.newPage()
      const connection = core.connect()
      const received: Envelope[] = []
      page.on('pageerror', (error) => problems.pageErrors.push(error.message))
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text())
      })
      page.on('close', () => connection.close())
      await bridgePage(page, connection, received)
      const appPage: AppPage = {
        page,
        connection,
        received,
        async open() {
          await page.goto(APP_URL)
          await page.locator('#root > *').first().waitFor()
        },
      }
      pages.push(appPage)
      return appPage
    },
    async advance(ms: number) {
      clock.advance(ms)
      await syncPageClock()
    },
    async close() {
      await context.close().catch(() => undefined)
      await core.close()
      if (folder) rmSync(folder, { recursive: true, force: true })
    },
  }
}
