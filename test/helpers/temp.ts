import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

const made: string[] = []

/** A fresh folder under the OS temp dir, removed when the test file is done (a beforeAll core lives that long). */
export function tempDir(prefix = 'parlour-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A path for a database file that does not exist yet. */
export const tempDbPath = (name = 'parlour.db') => join(tempDir(), name)

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export const randomKey = (): Uint8Array => new Uint8Array(randomBytes(32))

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** The main file and its WAL, as raw bytes (what a thief would copy). */
export function rawDatabaseBytes(path: string): Buffer {
  const parts = [path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file))
  return Buffer.concat(parts)
}

/** A clock the test moves by hand. */
export function manualClock(startIso = '2026-11-24T05:00:00.000Z') {
  let now = new Date(startIso).getTime()
  const clock = () => new Date(now)
  return Object.assign(clock, {
    set: (iso: string) => {
      now = new Date(iso).getTime()
    },
    advance: (ms: number) => {
      now += ms
    },
  })
}
