import type { IntegrityReport } from '../../../db/sqlite/background-check'
import type { Logger } from '../logger'

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
