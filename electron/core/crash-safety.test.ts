import { describe, expect, it } from 'vitest'
import { findProblems } from '../../db/check/invariants'
import { openCore } from '.'
import { FAST_PIN_HASHING, must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'
import { postUntilKilled } from '../../test/crash/harness'
import { seededRandom, testSeed } from '../../test/helpers/seed'

const CRASH_RUNS = Number(process.env.CRASH_RUNS ?? 20)

describe('crash safety', () => {
  it(`loses no acknowledged bill and leaves no half bill when killed at random (${CRASH_RUNS} runs)`, async () => {
    // The kill delays come from the seed; where in a post the kill lands still depends on the machine.
    const seed = testSeed('electron/core/crash-safety.test.ts', `CRASH_RUNS=${CRASH_RUNS}`)
    const random = seededRandom(seed)
    const { core, path, key } = await openTestCore()
    const { owner, ids } = await salonWithUsers(core)
    const customers = []
    for (let i = 0; i < 3; i++) customers.push((await must(owner, 'customers.create', { first_name: `Crash${i}`, phone: `900000030${i}` })).id)
    await core.close()
    const env = { CRASH_DB: path, CRASH_KEY: Buffer.from(key).toString('hex'), CRASH_OWNER: ids.owner, CRASH_PIN: PINS.owner, CRASH_CUSTOMERS: customers.join(','), CRASH_NOW: '2026-11-24T06:00:00.000Z' }

    let totalAcked = 0
    for (let run = 0; run < CRASH_RUNS; run++) {
      const acked = await postUntilKilled(env, 20 + Math.floor(random() * 250))
      totalAcked += acked.length
      const reopened = await openCore({ databasePath: path, dataKey: key, pinHashParams: FAST_PIN_HASHING })
      const db = reopened.store.db.sqlite
      const find = db.prepare('SELECT invoice_number FROM bills WHERE id = ?').pluck()
      for (const bill of acked) expect(find.get(bill.id), `run ${run} (seed ${seed}): acknowledged ${bill.invoice} is missing`).toBe(bill.invoice)
      expect(findProblems(db), `run ${run} (seed ${seed})`).toEqual([])
      // Numbers stay gap-free: the last sale's sequence equals the count of sales in the year.
      const sales = db.prepare(`SELECT count(*) FROM bills WHERE kind = 'sale'`).pluck().get() as number
      const maxSale = db.prepare(`SELECT max(CAST(substr(invoice_number, -4) AS INTEGER)) FROM bills WHERE kind = 'sale'`).pluck().get() as number | null
      expect(maxSale ?? 0, `run ${run} (seed ${seed})`).toBe(sales)
      await reopened.close()
    }
    console.log(`crash safety: ${totalAcked} acknowledged bills over ${CRASH_RUNS} kills (seed ${seed})`)
    expect(totalAcked).toBeGreaterThan(CRASH_RUNS) // the poster really posted between kills
  }, 240_000)
})
