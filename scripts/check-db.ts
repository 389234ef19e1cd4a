/**
 * `npm run check-db -- <file>`: verifies a Parlour database (or backup) without the data key:
 * SQLite integrity and foreign keys, every customer's totals against their bills, bill lines and
 * payments, refunds, monthly figures and the name index. Prints what is wrong; exit code 1 if
 * anything is. Opens the file read-only.
 */
import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { findProblems } from '../db/check/invariants'

const path = process.argv[2]
if (!path || !existsSync(path)) {
  console.error('Usage: npm run check-db -- <path to parlour.db>')
  process.exit(2)
}
const db = new Database(path, { readonly: true, fileMustExist: true })
try {
  const problems = findProblems(db)
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
} finally {
  db.close()
}
