/**
 * `npm run check-db -- <file>`: verifies a Parlour database (or backup) without the data key:
 * SQLite integrity and foreign keys, every customer's totals against their bills, bill lines and
 * payments, refunds, monthly figures and the name index. Prints what is wrong; exit code 1 if
 * anything is. Opens the file read-only and leaves its folder as it was (db/sqlite/readonly.ts).
 */
import { existsSync } from 'node:fs'
import { findProblems } from '../db/check/invariants'
import { withReadOnly } from '../db/sqlite/readonly'

const path = process.argv[2]
if (!path || !existsSync(path)) {
  console.error('Usage: npm run check-db -- <path to parlour.db>')
  process.exit(2)
}
try {
  const problems = withReadOnly(path, findProblems)
  if (problems.length === 0) {
    console.log(`${path}: all checks passed.`)
  } else {
    for (const problem of problems) console.log(`${problem.check}: ${problem.detail}`)
    console.log(`${path}: ${problems.length} problem(s) found.`)
    process.exitCode = 1
  }
} catch (error) {
  console.error(`${path}: could not be checked (${error instanceof Error ? error.message : String(error)}).`)
  process.exitCode = 1
}
