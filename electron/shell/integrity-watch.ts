import { statSync } from 'node:fs'
import type { IntegrityReport } from '../../db/sqlite/background-check'
import type { Logger } from '../core/context'

/**
 * How the file is checked before opening: a quick_check reads the whole file (seconds at a
 * million customers), so only files up to `maxSyncBytes` are checked before the first screen;
 * larger ones open at once and are checked in the background (ARCHITECTURE, measured facts).
 */
export function quickCheckFor(path: string, maxSyncBytes: number): 'sync' | 'skip' {
  let size = 0
  try {
    size = statSync(path).size
  } catch {
    size = 0 // no file yet: a new database, nothing to check
  }
  return size > maxSyncBytes ? 'skip' : 'sync'
}

/**
 * Runs the background integrity check on an open database. Damage is logged (how many problems,
 * never their text: SQLite's messages are not ours to vouch for) and reported through
 * `onDamage`, which only changes what `app.status` says: the open core keeps serving, so a bill
 * being rung up is never cut off. A result for a core that has since closed is ignored.
 */
export function watchIntegrity(options: {
  path: string
  check: (path: string) => Promise<IntegrityReport>
  logger: Logger
  stillOpen: () => boolean
  onDamage: () => void
}): Promise<IntegrityReport | null> {
  const { logger } = options
  return Promise.resolve()
    .then(() => options.check(options.path))
    .then(
      (report) => {
        if (!options.stillOpen()) return null
        if (!report.ok) {
          logger.error('the background integrity check found the database damaged', { problems: report.problems.length })
          options.onDamage()
        }
        return report
      },
      (error: unknown) => {
        logger.error('the background integrity check could not run', { name: error instanceof Error ? error.name : 'unknown' })
        return null
      },
    )
}
