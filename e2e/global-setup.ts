import { join } from 'node:path'
import { build } from 'vite'

/**
 * The specs run against the production build of the renderer: build it once before them
 * (skip with PARLOUR_E2E_PREBUILT=1 when dist/renderer is already current).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.PARLOUR_E2E_PREBUILT === '1') return
  await build({ configFile: join(import.meta.dirname, '..', 'renderer', 'vite.config.ts'), logLevel: 'warn' })
}
