import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore } from '../store'
import { SYNC_TABLES } from './sync-tables'
import { decodeFields } from './outbox-encoding'
import { readOutbox } from './replay'
import { freshStore } from '../../test/helpers/store'
import { dataTables } from '../../test/helpers/schema'

/** The tables and columns of a migrated database, as SQLite has them. */
function schemaOf(sqlite: Database.Database): Map<string, string[]> {
  const tables = dataTables(sqlite)
  return new Map(tables.map((table) => [table, (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name)]))
}

describe('sync classes', () => {
  it('every table of the migrated database declares its class, and a record table every column', async () => {
    const store = await freshStore()
    const schema = schemaOf(store.db.sqlite)
    expect(schema.size).toBeGreaterThan(15)
    const undeclared = [...schema.keys()].filter((table) => !(table in SYNC_TABLES))
    expect(undeclared, 'declare these tables’ sync class beside their definition (db/sync/sync-tables.ts)').toEqual([])
    const gone = Object.keys(SYNC_TABLES).filter((table) => !schema.has(table))
    expect(gone, 'declared but not in the database').toEqual([])
    for (const [table, declared] of Object.entries(SYNC_TABLES)) {
      const columns = schema.get(table) ?? []
      if (declared.class === 'record') {
        expect(Object.keys(declared.columns).sort(), `${table}: every column declared, no other`).toEqual([...columns].sort())
      }
      if ('key' in declared) for (const column of declared.key) expect(columns, `${table} key`).toContain(column)
      if (declared.class === 'ledger') for (const column of declared.erasable) expect(columns, `${table} erasable`).toContain(column)
    }
    await store.close()
  })
})

describe('the one writer', () => {
  it('refuses any write outside a change, and a hand-written write to a synced table', async () => {
    const store = await freshStore()
    const { writer } = store.writes
    expect(() => writer.insert('menu_items', { id: 'X', kind: 'service', name: 'Cut', category: null, price: 1, duration_minutes: 30, tax_code: '999721', gst_rate_bp: null, price_editable: 1, active: 1, created_at: 'now', updated_at: 'now' })).toThrow(/outside mutate/)
    expect(() => store.writes.transact(null, () => writer.unsynced.prepare(`UPDATE customers SET notes = 'x'`))).toThrow(/synced table/)
    expect(() => store.writes.transact(null, () => writer.erase('bills', 'B', { total: 0 } as never))).toThrow(/erasure may clear/)
    // A local table through the unsynced door is fine, and leaves no outbox entry.
    store.writes.transact(null, () => writer.unsynced.prepare(`INSERT INTO counters (name, value) VALUES ('test', 1)`).run())
    expect(readOutbox(store.db)).toEqual([])
    await store.close()
  })

  it('sends each change’s synced fields to the outbox with one clock, never derived or local ones', async () => {
    const store = await freshStore('2026-12-06T10:00:00Z')
    const customer = store.customers.create({ first_name: 'Priya', last_name: 'Sharma', phone: '9876543210' })
    store.clock.advance(60_000)
    store.customers.update(customer.id, { notes: 'Prefers Sarah for haircuts.' })
    store.customers.update(customer.id, { notes: 'Prefers Sarah for haircuts.' }) // no change, no entry
    const outbox = readOutbox(store.db)
    expect(outbox.map((e) => [e.table_name, e.op])).toEqual([
      ['customers', 'insert'],
      ['customers', 'update'],
    ])
    const inserted = decodeFields(outbox[0]?.fields ?? '{}')
    expect(Object.keys(inserted)).not.toContain('total_spent')
    expect(Object.keys(inserted)).not.toContain('updated_at')
    expect(inserted.phone).toBeInstanceOf(Uint8Array)
    expect(decodeFields(outbox[1]?.fields ?? '{}')).toEqual({ notes: 'Prefers Sarah for haircuts.' })
    expect((outbox[1]?.hlc ?? '') > (outbox[0]?.hlc ?? '')).toBe(true)
    const clocks = JSON.parse(store.db.sqlite.prepare(`SELECT clocks FROM sync_field_clocks WHERE table_name = 'customers' AND row_key = ?`).pluck().get(customer.id) as string) as Record<string, string>
    expect(clocks.notes).toBe(outbox[1]?.hlc)
    expect(clocks.first_name).toBe(outbox[0]?.hlc)
    expect(clocks.total_spent).toBeUndefined()
    await store.close()
  })

  it('keeps its clock moving forward across a restart with the wall clock set back, under one desk id', async () => {
    const store = await freshStore('2026-12-06T10:00:00Z')
    store.customers.create({ first_name: 'Asha', phone: '9876500001' })
    const before = store.writes.desk()
    const lastBefore = readOutbox(store.db).at(-1)?.hlc ?? ''
    await store.close()
    const clock = store.clock
    clock.set('2026-12-01T10:00:00Z')
    const again = await openStore({ path: store.path, dataKey: store.key, clock })
    expect(again.writes.desk().id).toBe(before.id)
    expect(again.writes.desk().code).toBe('local')
    again.writes.transact(null, () => again.customers.create({ first_name: 'Bela', phone: '9876500002' }))
    const lastAfter = readOutbox(again.db).at(-1)?.hlc ?? ''
    expect(lastAfter > lastBefore).toBe(true)
    expect(lastAfter.endsWith(before.id)).toBe(true)
    await again.close()
  })
})
