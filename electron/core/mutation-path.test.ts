import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'
import { sampleInputs, type SampleFixture } from '../../test/helpers/samples'
import { methodNames, type MethodName } from './contract'
import type { Core } from '.'
import { onMutationPath } from './mutation'
import { openStore } from '../../db/store'
import { canonicalDump } from '../../db/sync/canonical-dump'
import { readOutbox, replayOutbox } from '../../db/sync/replay'
import { tableSync } from '../../db/sync/sync-tables'
import { tempDbPath } from '../../test/helpers/temp'
import { dataTables } from '../../test/helpers/schema'

const isSynced = (table: string): boolean => {
  const declared = tableSync(table)
  return declared?.class === 'ledger' || declared?.class === 'record'
}

/**
 * ARCHITECTURE rule 12, proven on a real database: every method of the contract is called, and
 * every row it inserts, updates or deletes is caught by a temporary trigger. A write to any
 * table but the audit log must happen on the mutation path; every change made there carries its
 * audit entry in the same transaction. The only writes off the path are the audit trail's
 * buffered reads (and refusals), which change no data.
 */

type Write = { table: string; onPath: boolean }

let core: Core
let dataKey: Uint8Array
let fixture: SampleFixture
const writes: Write[] = []

function watchEveryTable(): string[] {
  const db = core.store.db.sqlite
  const tables = dataTables(db)
  db.function('parlour_note_write', (table: unknown) => {
    writes.push({ table: String(table), onPath: onMutationPath() })
    return null
  })
  for (const table of tables) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS watch_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN SELECT parlour_note_write('${table}'); END`)
    }
  }
  return tables
}

beforeAll(async () => {
  ;({ core, key: dataKey } = await openTestCore())
  const { owner, ids } = await salonWithUsers(core)
  await must(owner, 'security.setRecoveryPassphrase', { passphrase: 'monsoon jasmine kettle 42' })
  const customer = await must(owner, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
  const gone = await must(owner, 'customers.create', { first_name: 'Deleted', phone: '9876500099' })
  await must(owner, 'customers.delete', { id: gone.id })
  const haircut = await must(owner, 'menu.create', { kind: 'service', name: 'Haircut', category: 'Hair', price: 50_000, duration_minutes: 45, tax_code: '999721' })
  const bill = await must(owner, 'bills.post', { customer_id: customer.id, items: [{ name: 'Haircut', unit_price: 50_000, quantity: 1, menu_item_id: haircut.id, stylist_id: ids.staff }] })
  const ticket = await must(owner, 'walkins.create', { customer_id: customer.id, service: 'Haircut' })
  fixture = { customerId: customer.id, deletedCustomerId: gone.id, userIds: ids, billId: bill.id, ticketNumber: ticket.ticket_number, menuItemId: haircut.id }
})
afterAll(async () => core.close())

describe('one mutation path', () => {
  it('every write any method makes, as any role, runs on the mutation path with its audit entry', async () => {
    const tables = watchEveryTable()
    expect(tables).toEqual(expect.arrayContaining(['customers', 'bills', 'bill_items', 'visits', 'users', 'settings', 'audit_log', 'counters', 'erasure_ledger']))
    const windows = {
      owner: core.connect(),
      receptionist: core.connect(),
      staff: core.connect(),
    }
    for (const [role, window] of Object.entries(windows) as [keyof typeof windows, (typeof windows)[keyof typeof windows]][]) {
      await must(window, 'session.login', { user_id: fixture.userIds[role], pin: PINS[role] })
    }
    const changed = new Set<MethodName>()
    // Methods that end the caller's session or swap the data go last, so the rest run logged in.
    const last: MethodName[] = ['customers.delete', 'customers.erase', 'session.logout', 'backup.restore', 'app.restoreBackup']
    const order = [...methodNames.filter((name) => !last.includes(name)), ...last]
    for (const method of order) {
      for (const window of [windows.staff, windows.receptionist, windows.owner]) {
        writes.splice(0)
        await window.invoke(method, sampleInputs[method](fixture) as never)
        const offPath = writes.filter((write) => !write.onPath)
        // The audit trail's flush of buffered reads: audit entries, their outbox entries and the desk's clock, nothing else.
        const readEntries = new Set(['audit_log', 'sync_outbox', 'sync_desk'])
        expect(offPath.filter((write) => !readEntries.has(write.table)), `${method} wrote data off the mutation path`).toEqual([])
        const onPath = writes.filter((write) => write.onPath)
        // Every write to a synced table leaves its outbox entry in the same change; a local or derived one never does by itself.
        const synced = onPath.filter((write) => isSynced(write.table))
        if (synced.length > 0) expect(onPath.map((write) => write.table), `${method} changed ${synced[0]?.table} without an outbox entry`).toContain('sync_outbox')
        if (onPath.length > 0) {
          changed.add(method)
          expect(onPath.map((write) => write.table), `${method} changed data without its audit entry`).toContain('audit_log')
        }
      }
    }
    // The proof is not empty: the methods that change data did, on the path.
    expect([...changed].sort()).toEqual(
      expect.arrayContaining([
        'bills.post',
        'bills.refund',
        'customers.create',
        'customers.delete',
        'customers.erase',
        'customers.restore',
        'customers.update',
        'queue.setStatus',
        'security.setRecoveryPassphrase',
        'session.login',
        'settings.update',
        'users.create',
        'users.update',
        'walkins.create',
        'appointments.create',
        'backup.run',
        'customers.export',
        'customers.exportCsv',
        'drafts.save',
        'drafts.discard',
      ]),
    )
    // Reads change nothing: no method that only reads appears among the changes.
    expect(changed.has('customers.get')).toBe(false)
    expect(changed.has('customers.search')).toBe(false)
    expect(changed.has('audit.list')).toBe(false)
    expect(changed.has('drafts.list')).toBe(false)

    // A real restore swaps the database (a new connection, without the watchers): watch it
    // again, and the writes on the restored data still go through the writer into its outbox.
    await must(windows.owner, 'session.login', { user_id: fixture.userIds.owner, pin: PINS.owner })
    const backup = await must(windows.owner, 'backup.run', {})
    const before = core.store
    await must(windows.owner, 'backup.restore', { file: backup.file, passphrase: 'monsoon jasmine kettle 42' })
    expect(core.store).not.toBe(before)
    watchEveryTable()
    await must(windows.owner, 'session.login', { user_id: fixture.userIds.owner, pin: PINS.owner })
    for (const [method, input] of [
      ['customers.create', { first_name: 'After', last_name: 'Restore', phone: '9876500123' }],
      ['bills.post', { customer_name: 'Walk-in after restore', items: [{ name: 'Haircut', unit_price: 40_000, quantity: 1 }] }],
    ] as const) {
      writes.splice(0)
      await must(windows.owner, method, input as never)
      expect(writes.filter((write) => !write.onPath && !['audit_log', 'sync_outbox', 'sync_desk'].includes(write.table)), method).toEqual([])
      expect(writes.map((write) => write.table), `${method} after a restore`).toEqual(expect.arrayContaining(['audit_log', 'sync_outbox']))
    }
  })

  it('replayed into an empty database, the outbox gives the same synced data, byte for byte', async () => {
    const desk = core.store
    const outbox = readOutbox(desk.db)
    expect(new Set(outbox.map((entry) => entry.table_name))).toEqual(expect.objectContaining({ size: expect.any(Number) }))
    expect(outbox.every((entry) => isSynced(entry.table_name)), 'only synced tables reach the outbox').toBe(true)
    expect(outbox.map((entry) => entry.table_name)).toEqual(expect.arrayContaining(['customers', 'bills', 'bill_items', 'visits', 'users', 'audit_log', 'menu_items']))
    const other = await openStore({ path: tempDbPath(), dataKey })
    try {
      other.writes.transact(null, () => replayOutbox(other.db, other.writes.writer, outbox, desk.timeZone()))
      const original = canonicalDump(desk.db.sqlite, desk.vault)
      expect(original.split('\n').length).toBeGreaterThan(50)
      expect(canonicalDump(other.db.sqlite, other.vault)).toBe(original)
    } finally {
      await other.close()
    }
  })
})
