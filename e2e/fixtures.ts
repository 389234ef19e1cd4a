import { test as base, expect } from '@playwright/test'
import type { Envelope } from './support/bridge'
import type { App } from './support/app'
import { startHarness } from './support/harness'
import { setUpSalon } from './support/salon'
import { takeScreenshot } from './support/screenshot'
import { logIn } from './support/ui'

export { expect }
export type { Envelope }
export type { App }


/**
 * `app`: a fresh core on a temp database for each test, the production renderer served from
 * dist/renderer, and `window.pos.invoke` bridged to the core. After the test it fails on any
 * request that was not for the app's own files, any page error or console error, and any error
 * the core logged.
 */
export const test = base.extend<{ app: App }>({
  app: async ({ browser, viewport, locale, timezoneId }, use, testInfo) => {
    const harness = await startHarness({
      browser,
      contextOptions: { viewport, ...(locale ? { locale } : {}), ...(timezoneId ? { timezoneId } : {}), serviceWorkers: 'block' },
    })
    const first = await harness.newPage()
    const app: App = {
      ...harness,
      page: first.page,
      window: first,
      received: first.received,
      open: () => first.open(),
      salon: (settings) => setUpSalon(harness.core, settings),
      async openAs(role, target = first) {
        await target.open()
        await logIn(target.page, role)
      },
      takeBlocked: () => harness.problems.blocked.splice(0),
      screenshot: (name, page = first.page) => takeScreenshot(page, name, testInfo),
    }
    try {
      await use(app)
      const { blocked, pageErrors, consoleErrors, coreErrors } = harness.problems
      expect(blocked, 'requests for anything but the app’s own files').toEqual([])
      expect(pageErrors, 'uncaught errors in the page').toEqual([])
      expect(consoleErrors, 'console errors in the page').toEqual([])
      expect(coreErrors, 'errors the core logged').toEqual([])
    } finally {
      await harness.close()
    }
  },
})
