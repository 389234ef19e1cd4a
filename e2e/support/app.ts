import type { Page } from '@playwright/test'
import type { Input, Role } from '../../electron/core/contract'
import type { Envelope } from './bridge'
import type { AppPage, Harness } from './harness'
import type { Salon } from './salon'

/** What the `app` fixture gives each spec (e2e/fixtures.ts). */
export type App = Harness & {
  /** The first window, already bridged; `open()` loads the app in it. */
  page: Page
  window: AppPage
  /** Envelopes the first window received. */
  received: Envelope[]
  open(): Promise<void>
  /** Sets up the owner, a receptionist and a staff member from the test process. */
  salon(settings?: Input<'settings.update'>): Promise<Salon>
  /** Opens the app and logs in through the UI. */
  openAs(role: Role, page?: AppPage): Promise<void>
  /** The network spec expects blocked requests: take them so the teardown does not fail on them. */
  takeBlocked(): { url: string; resourceType: string }[]
  /**
   * A 1366×768 screenshot: into e2e/screenshots/<name>.png with PARLOUR_UPDATE_SCREENSHOTS=1
   * (then commit them), otherwise into the test's output folder, so test runs leave the tree clean.
   */
  screenshot(name: string, page?: Page): Promise<void>
}
