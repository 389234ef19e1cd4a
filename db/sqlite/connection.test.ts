import { existsSync, openSync, writeSync, closeSync, writeFileSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { randomKey, sha256, tempDbPath } from '../../test/helpers/temp'
import { openDatabase } from './connection'
import { DatabaseOpenError } from '../errors'
import { readPragmas } from './pragmas'
import { checkIntegrityInBackground } from './background-check'
import { openTestStore } from '../../test/helpers/store'
import { migrationNames } from '../../migrations'

async function expectOpenError(promise: Promise<unknown>, reason: DatabaseOpenError['reason']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatabaseOpenError)
  expect((error as DatabaseOpenError).reason).toBe(reason)
  return error as DatabaseOpenError
}

describe('opening the database', () => {
  it('sets and keeps every required pragma when an existing file is reopened', async () => {
    const path = tempDbPath()
    const first = await openDatabase({ path })
    await first.close()
    const again = await openDatabase({ path })
    expect(readPragmas(again.sqlite)).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, secure_delete: 1, recursive_triggers: 1 })
    expect(again.preflight).toMatchObject({ isNew: false, quickCheck: 'ok', appliedMigrations: migrationNames })
    await again.close()
  })

  it('close() closes the connection, also when nothing was migrated (Kysely never touched it)', async () => {
    const path = tempDbPath()
    const created = await openDatabase({ path })
    await created.close()
    expect(created.sqlite.open).toBe(false)
    const upToDate = await openDatabase({ path })
    await upToDate.close()
    expect(upToDate.sqlite.open).toBe(false)
  })

  it('refuses a file that is not a database, names it, and leaves it untouched', async () => {
    const path = tempDbPath('notes.db')
    writeFileSync(path, 'Prefers Sarah for haircuts.\n'.repeat(200))
    const before = sha256(path)
    const error = await expectOpenError(openDatabase({ path }), 'not-a-database')
    expect(error.message).toContain(path)
    expect(sha256(path)).toBe(before)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('refuses an SQLite file from another program and leaves it untouched', async () => {
    const path = tempDbPath('other.db')
    const other = new Database(path)
    other.exec('CREATE TABLE songs (title TEXT)')
    other.close()
    const before = sha256(path)
    await expectOpenError(openDatabase({ path }), 'not-a-database')
    expect(sha256(path)).toBe(before)
  })

  it('refuses a corrupt database, names it, and leaves it byte-for-byte untouched', async () => {
    const path = tempDbPath()
    const store = await openTestStore({ path, dataKey: randomKey() })
    for (let i = 0; i < 300; i++) {
      store.customers.create({ first_name: `Customer${i}`, last_name: 'Test', phone: `98${String(10000000 + i).padStart(8, '0')}` })
    }
    store.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await store.close()
    // Scribble over the middle of the file: index and table pages, not the header.
    const size = statSync(path).size
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const before = sha256(path)
    const error = await expectOpenError(openDatabase({ path, quickCheck: 'sync' }), 'corrupt')
    expect(error.message).toContain(path)
    expect(sha256(path)).toBe(before)
    expect(existsSync(path)).toBe(true)
  })

  it('finds the same corruption with the background check', async () => {
    const path = tempDbPath()
    const db = await openDatabase({ path })
    db.sqlite.exec('CREATE TABLE filler (x BLOB); ')
    const insert = db.sqlite.prepare('INSERT INTO filler VALUES (randomblob(3000))')
    for (let i = 0; i < 200; i++) insert.run()
    db.sqlite.exec('CREATE INDEX filler_x ON filler (x)')
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(await checkIntegrityInBackground(path)).toEqual({ ok: true })
    await db.close()
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 4, 0x33), 0, 4096 * 4, 4096 * 40)
    closeSync(fd)
    const report = await checkIntegrityInBackground(path)
    expect(report.ok).toBe(false)
  })

  it('refuses a database written by a newer version and leaves it byte-for-byte untouched', async () => {
    const path = tempDbPath()
    const db = await openDatabase({ path })
    db.sqlite.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00.000Z')`).run()
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await db.close()
    const before = sha256(path)
    const error = await expectOpenError(openDatabase({ path }), 'newer-version')
    expect(error.message).toMatch(/newer version of Parlour/)
    expect(sha256(path)).toBe(before)
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(`${path}-shm`)).toBe(false)
  })

  it('refuses a wrong data key before writing anything', async () => {
    const path = tempDbPath()
    const store = await openTestStore({ path, dataKey: randomKey() })
    store.customers.create({ first_name: 'Priya', phone: '9876543210' })
    await store.close()
    const before = sha256(path)
    const error = await expectOpenError(openTestStore({ path, dataKey: randomKey() }), 'wrong-key')
    expect(error.message).toMatch(/data key/)
    expect(sha256(path)).toBe(before)
  })
})
