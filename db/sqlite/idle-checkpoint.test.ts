import { statSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from './connection'
import { checkpointWhenIdle } from './idle-checkpoint'
import { tempDbPath } from '../../test/helpers/temp'

afterEach(() => {
  vi.useRealTimers()
})

describe('checkpoints at idle', () => {
  it('never checkpoints inside a commit; does it once writes pause, or at once past the size limit', async () => {
    const db = await openDatabase({ path: tempDbPath() })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const idleMs = 50
    // Far above what the first 50 small commits write (~8 frames each with secure_delete): the
    // size limit must not be what checkpoints them. 407 frames against a limit of 400 made this flaky.
    const maxWalPages = 4000
    const scheduler = checkpointWhenIdle(db, { idleMs, maxWalPages })
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    db.sqlite.exec('CREATE TABLE filler (x BLOB)')
    const insert = db.sqlite.prepare('INSERT INTO filler VALUES (randomblob(3000))')
    const wal = () => (db.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0] ?? { log: 0, checkpointed: 0 }
    for (let i = 0; i < 50; i++) db.sync.transaction(() => insert.run())
    expect(wal().log).toBeGreaterThan(50)
    expect(wal().checkpointed).toBe(0) // nothing checkpointed yet
    expect(scheduler.pending()).toBe(true)
    // Each write starts the wait again: the checkpoint comes only once idleMs pass with no write.
    vi.advanceTimersByTime(idleMs - 1)
    db.sync.transaction(() => insert.run())
    vi.advanceTimersByTime(idleMs - 1)
    expect(wal().checkpointed).toBe(0)
    expect(scheduler.pending()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(scheduler.pending()).toBe(false)
    const after = wal()
    expect(after.log).toBeGreaterThan(50)
    expect(after.checkpointed).toBe(after.log) // the idle checkpoint copied every frame back
    // A long burst of writes is checkpointed when it passes the limit, not left to grow: enough
    // commits to write twice the limit, measured from the frames one commit writes here.
    const before = wal().log
    db.sync.transaction(() => insert.run())
    const framesPerCommit = Math.max(1, wal().log - before)
    const commits = Math.ceil((2 * maxWalPages) / framesPerCommit)
    for (let i = 0; i < commits; i++) db.sync.transaction(() => insert.run())
    expect(wal().log).toBeLessThan(maxWalPages + 2 * framesPerCommit) // the WAL restarted once past the limit
    expect(statSync(`${db.path}-wal`).size).toBeLessThan((maxWalPages + 2 * framesPerCommit) * 4200)
    scheduler.stop()
    await db.close()
  })
})
