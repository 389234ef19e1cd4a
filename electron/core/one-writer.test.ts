import { describe, expect, it } from 'vitest'
import type { HandlerContext } from './context'
import { openCore } from '.'
import { randomKey, tempDbPath } from '../../test/helpers/temp'

/**
 * ARCHITECTURE rule 12 at the type level: a handler holds a read-only store; the write store
 * exists only inside `mutate((w) => ...)`. Each `@ts-expect-error` below fails the type check
 * (npm run typecheck) the day the write it names compiles again.
 */
export function handlerThatWritesOutsideMutate(ctx: HandlerContext): void {
  // @ts-expect-error the read store has no write methods
  ctx.store.customers.create({ first_name: 'Priya', phone: '9876543210' })
  // @ts-expect-error no raw SQLite handle
  ctx.store.db.sqlite.exec('DELETE FROM customers')
  // @ts-expect-error no query builder that starts a write
  ctx.store.db.kysely.deleteFrom('customers')
  // @ts-expect-error no writer outside a change
  ctx.store.writes.writer.insert('audit_log', {})
  // Inside mutate the write store is there, with the writer's own calls.
  ctx.mutate((w) => w.customers.create({ first_name: 'Priya', phone: '9876543210' }), { action: 'customer.create' })
  ctx.mutate((w) => w.update('customers', 'id', { notes: 'x' }), { action: 'customer.update' })
  // @ts-expect-error a derived table is written through the unsynced door, never as a record
  ctx.mutate((w) => w.update('sales_by_month', 'x', {}), { action: 'x' })
}

describe('one writer, at run time too', () => {
  it('a repository write outside a change is refused, and the read store refuses a writing statement', async () => {
    const core = await openCore({ databasePath: tempDbPath(), dataKey: randomKey() })
    expect(() => core.store.customers.create({ first_name: 'Priya', phone: '9876543210' })).toThrow(/outside mutate/)
    const { readView } = await import('../../db/store-views')
    expect(() => readView(core.store).db.sync.prepare(`DELETE FROM customers`)).toThrow(/write nothing/)
    expect(readView(core.store).db.sync.prepare(`SELECT count(*) FROM customers`).pluck().get()).toBe(0)
    await core.close()
  })
})
