import { describe, expect, it } from 'vitest'
import { NO_MIGRATIONS } from 'kysely'
import { openDatabase } from '../db/sqlite/connection'
import { tempDbPath } from '../test/helpers/temp'

describe('migration 0001_customers', () => {
  it('creates the customers table, STRICT and guarded by its CHECKs', async () => {
    const path = tempDbPath()
    const empty = await openDatabase({ path, migrateTo: NO_MIGRATIONS })
    expect(empty.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'customers'`).get()).toEqual({ n: 0 })
    await empty.close()

    const db = await openDatabase({ path, migrateTo: '0001_customers' })
    const insert = db.sqlite.prepare(
      `INSERT INTO customers (id, first_name, last_name, phone, phone_bidx, phone_last4_bidx, total_visits, total_spent, created_at, updated_at)
       VALUES (?, ?, ?, x'01', ?, x'03', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    )
    insert.run('01ARZ3NDEKTSV4RRFFQ69G5FAV', 'Priya', 'Sharma', Buffer.from('a'), 0, 0)
    const refused = (id: string, first: string, bidx: Buffer, visits: unknown, spent: unknown) => () => insert.run(id, first, 'X', bidx, visits, spent)
    expect(refused('short', 'A', Buffer.from('b'), 0, 0)).toThrow(/CHECK/)
    expect(refused('01ARZ3NDEKTSV4RRFFQ69G5FAW', ' ', Buffer.from('c'), 0, 0)).toThrow(/CHECK/)
    expect(refused('01ARZ3NDEKTSV4RRFFQ69G5FAX', 'A', Buffer.from('d'), -1, 0)).toThrow(/CHECK/)
    expect(refused('01ARZ3NDEKTSV4RRFFQ69G5FAY', 'A', Buffer.from('e'), 0, 12.5)).toThrow(/cannot store REAL/)
    expect(refused('01ARZ3NDEKTSV4RRFFQ69G5FAZ', 'A', Buffer.from('a'), 0, 0)).toThrow(/UNIQUE/)
    // The trigram index follows inserts and name updates through its triggers.
    const fts = db.sqlite.prepare(`SELECT count(*) AS n FROM customers_name_fts WHERE customers_name_fts MATCH ?`)
    expect(fts.get('"harm"')).toEqual({ n: 1 })
    db.sqlite.prepare(`UPDATE customers SET last_name = 'Iyer' WHERE id = '01ARZ3NDEKTSV4RRFFQ69G5FAV'`).run()
    expect(fts.get('"harm"')).toEqual({ n: 0 })
    expect(fts.get('"iye"')).toEqual({ n: 1 })
    await db.close()
  })

  it('uses the partial indexes for the counter and the dashboards', async () => {
    const db = await openDatabase({ path: tempDbPath() })
    const plan = (query: string) =>
      (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ')
    expect(plan(`SELECT id FROM customers WHERE deleted_at IS NULL AND first_name LIKE 'pri%' ORDER BY first_name, last_name LIMIT 20`)).toMatch(
      /USING INDEX customers_live_first_name/,
    )
    expect(plan(`SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY total_spent DESC, id LIMIT 10`)).toMatch(/customers_live_top_spend/)
    expect(
      plan(
        `SELECT id FROM customers WHERE deleted_at IS NULL AND coalesce(last_visit_at, created_at) < '2026' ORDER BY coalesce(last_visit_at, created_at) DESC, id DESC LIMIT 50`,
      ),
    ).toMatch(/customers_live_last_seen/)
    expect(plan(`SELECT id FROM customers WHERE phone_last4_bidx = x'00' AND deleted_at IS NULL`)).toMatch(/customers_live_last4/)
    await db.close()
  })
})
