import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { checkpointWhenIdle } from './idle-checkpoint'
import { tempDbPath } from '../test/helpers/temp'

describe('checkpoints at idle', () => {
  it('never checkpoints inside a commit; does it once writes pause, or at once past the size limit', async () => {
    const db = await openDatabase({ path: tempDbPath() })
    const scheduler = checkpointWhenIdle(db, { idleMs: 50, maxWalPages: 400 })
    expect(db.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    db.sqlite.exec('CREATE TABLE filler (x BLOB)')
    const insert = db.sqlite.prepare('INSERT INTO filler VALUES (randomblob(3000))')
    const walPages = () => (db.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number }[])[0]?.log ?? 0
    for (let i = 0; i < 50; i++) db.sync.transaction(() => insert.run())
    expect(walPages()).toBeGreaterThan(50) // nothing checkpointed yet
    expect(scheduler.pending()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 120))
    const [after] = db.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[]
    expect(after?.checkpointed).toBe(after?.log) // the idle checkpoint copied every frame back
    // A long burst of writes is checkpointed when it passes the limit, not left to grow.
    for (let i = 0; i < 1000; i++) db.sync.transaction(() => insert.run())
    expect(walPages()).toBeLessThan(450) // ~1000 frames were written; the WAL restarted after 400
    expect(statSync(`${db.path}-wal`).size).toBeLessThan(450 * 4200)
    scheduler.stop()
    await db.close()
  })
})
