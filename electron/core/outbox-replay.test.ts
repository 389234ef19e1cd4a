import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../db/store'
import { findProblems } from '../../db/check/invariants'
import { canonicalDump } from '../../db/sync/canonical-dump'
import { readOutbox, replayOutbox } from '../../db/sync/replay'
import { must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'
import { testSeed } from '../../test/helpers/seed'
import { tempDbPath } from '../../test/helpers/temp'

/**
 * The outbox says everything a desk did (SYNC.md, "The one writer"): random sequences of what a
 * salon does through the API (customers, edits, bills, refunds, walk-ins, bookings and the queue,
 * erasures, deletes and restores, menu and user changes, day closes, backups and a restore) on
 * one desk, then its outbox replayed into an empty database gives the same canonical dump, and
 * every invariant of `npm run check-db` holds on both.
 */
const SEED = testSeed('electron/core/outbox-replay.test.ts')
const RUNS = Number(process.env.REPLAY_RUNS ?? 4)

type Step =
  | { kind: 'customer'; name: string; phone: number }
  | { kind: 'edit'; who: number; notes: string }
  | { kind: 'bill'; who: number; rupees: number; anonymous: boolean }
  | { kind: 'refund'; which: number }
  | { kind: 'walkin'; who: number }
  | { kind: 'booking'; who: number; hour: number }
  | { kind: 'queue'; which: number; status: 'in_progress' | 'completed' | 'cancelled' | 'no_show' }
  | { kind: 'delete'; who: number }
  | { kind: 'restore'; who: number }
  | { kind: 'erase'; who: number }
  | { kind: 'menu'; price: number }
  | { kind: 'user'; active: boolean }
  | { kind: 'close' }
  | { kind: 'backup' }
  | { kind: 'restoreBackup' }
  | { kind: 'later'; minutes: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('customer' as const), name: fc.constantFrom('Priya', 'Asha', 'Meera', 'Kabir', 'Zoë', 'अनिता'), phone: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(), notes: fc.string({ maxLength: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('bill' as const), who: fc.nat(), rupees: fc.integer({ min: 1, max: 90_000 }), anonymous: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refund' as const), which: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('walkin' as const), who: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('booking' as const), who: fc.nat(), hour: fc.integer({ min: 10, max: 19 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('queue' as const), which: fc.nat(), status: fc.constantFrom('in_progress' as const, 'completed' as const, 'cancelled' as const, 'no_show' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), who: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), who: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), who: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('menu' as const), price: fc.integer({ min: 100, max: 500_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('user' as const), active: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backup' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restoreBackup' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('later' as const), minutes: fc.integer({ min: 1, max: 36 * 60 }) }) },
)

async function playAndReplay(steps: readonly Step[]): Promise<void> {
  const { core, clock, key } = await openTestCore({ start: '2026-11-24T05:00:00.000Z' })
  try {
    const { owner, receptionist, ids } = await salonWithUsers(core)
    await must(owner, 'security.setRecoveryPassphrase', { passphrase: 'monsoon jasmine kettle 42' })
    const haircut = await must(owner, 'menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 50_000, duration_minutes: 45, tax_code: '999721' })
    const customers: string[] = []
    const bills: string[] = []
    const tickets: string[] = []
    const backups: string[] = []
    const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])
    const relogin = async () => {
      await owner.invoke('session.login', { user_id: ids.owner, pin: PINS.owner })
      await receptionist.invoke('session.login', { user_id: ids.receptionist, pin: PINS.receptionist })
    }
    // Every call's answer is a value; refusals (a deleted customer billed, a close of a closed day) are part of the game.
    for (const s of steps) {
      switch (s.kind) {
        case 'customer': {
          const made = await receptionist.invoke('customers.create', { first_name: s.name, phone: `98765${String(10_000 + s.phone).slice(-5)}` })
          if (made.ok) customers.push(made.value.id)
          break
        }
        case 'edit': {
          const id = pick(customers, s.who)
          if (id) await receptionist.invoke('customers.update', { id, notes: s.notes })
          break
        }
        case 'bill': {
          const id = pick(customers, s.who)
          const party = s.anonymous || !id ? { customer_name: 'Walk-in guest', customer_phone: '9123456789' } : { customer_id: id }
          const posted = await receptionist.invoke('bills.post', { ...party, items: [{ name: 'Haircut', unit_price: s.rupees * 100, quantity: 1, menu_item_id: haircut.id, stylist_id: ids.staff }] })
          if (posted.ok) bills.push(posted.value.id)
          break
        }
        case 'refund': {
          const id = pick(bills, s.which)
          if (id) await owner.invoke('bills.refund', { bill_id: id, reason: 'Customer unhappy' })
          break
        }
        case 'walkin': {
          const id = pick(customers, s.who)
          const made = await receptionist.invoke('walkins.create', id ? { customer_id: id, service: 'Haircut' } : { customer_name: 'Guest', customer_phone: '9123456789', service: 'Haircut' })
          if (made.ok) tickets.push(made.value.ticket_number)
          break
        }
        case 'booking': {
          const id = pick(customers, s.who)
          const day = new Date(clock().getTime() + 86_400_000).toISOString().slice(0, 10)
          if (id) await receptionist.invoke('appointments.create', { customer_id: id, scheduled_at: `${day}T${String(s.hour).padStart(2, '0')}:00:00+05:30`, duration_minutes: 45, service: 'Facial' })
          break
        }
        case 'queue': {
          const ticket = pick(tickets, s.which)
          if (ticket) await receptionist.invoke('queue.setStatus', { ticket_number: ticket, status: s.status })
          break
        }
        case 'delete': {
          const id = pick(customers, s.who)
          if (id) await owner.invoke('customers.delete', { id })
          break
        }
        case 'restore': {
          const id = pick(customers, s.who)
          if (id) await owner.invoke('customers.restore', { id })
          break
        }
        case 'erase': {
          const id = pick(customers, s.who)
          if (id) await owner.invoke('customers.erase', { id, confirm: 'ERASE', basis: 'Customer asked in writing' })
          break
        }
        case 'menu':
          await owner.invoke('menu.update', { id: haircut.id, price: s.price })
          break
        case 'user':
          await owner.invoke('users.update', { id: ids.staff, active: s.active })
          break
        case 'close': {
          const status = await receptionist.invoke('days.status', {})
          if (status.ok) await receptionist.invoke('days.close', { day: status.value.today, opening_float: 0, counted_cash: 0, reason: 'Counted at closing' })
          break
        }
        case 'backup': {
          const made = await owner.invoke('backup.run', {})
          if (made.ok) backups.push(made.value.file)
          break
        }
        case 'restoreBackup': {
          const file = backups.at(-1)
          if (file) {
            await owner.invoke('backup.restore', { file, passphrase: 'monsoon jasmine kettle 42' })
            await relogin()
          }
          break
        }
        case 'later':
          clock.advance(s.minutes * 60_000)
          await relogin()
          break
      }
    }

    const desk = core.store
    const other = await openStore({ path: tempDbPath(), dataKey: key })
    try {
      other.writes.transact(null, () => replayOutbox(other.db, other.writes.writer, readOutbox(desk.db), desk.timeZone()))
      expect(canonicalDump(other.db.sqlite, other.vault)).toBe(canonicalDump(desk.db.sqlite, desk.vault))
      expect(findProblems(desk.db.sqlite)).toEqual([])
      expect(findProblems(other.db.sqlite)).toEqual([])
    } finally {
      await other.close()
    }
  } finally {
    await core.close()
  }
}

describe('the outbox replays to the same data', () => {
  it(`random days at the counter, replayed into an empty database (seed ${SEED}, ${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40 }), (steps) => playAndReplay(steps)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
  }, 600_000)
})
