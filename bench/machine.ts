import { execFileSync } from 'node:child_process'
import os from 'node:os'
import Database from 'better-sqlite3'

/** A one-line description of this machine for the results file. */
export function describeMachine(dataDir: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const sqlite = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  let disk = 'unknown disk'
  try {
    disk = execFileSync('df', ['-h', dataDir], { encoding: 'utf8' }).trim().split('\n')[1]?.split(/\s+/).slice(0, 2).join(' ') ?? disk
  } catch {
    // df is a nicety
  }
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, SQLite ${sqlite}, data on ${disk}`
}
