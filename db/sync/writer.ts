import type { Insertable, Kysely, Updateable } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { Clock } from '../clock'
import type { IdFactory } from '../ids'
import type { Database } from '../schema'
import type { Db } from '../sqlite/connection'
import { hlcToString, hlcTick, type Hlc } from '../../vocabulary/hlc'
import { syncedColumns, type LedgerTable, type RecordTable } from './sync-class'
import { SYNC_TABLES, tableSync, type LedgerName, type RecordName, type SyncedName, type UnsyncedName } from './sync-tables'
import { decodeFields, encodeFields, rowKeyOf, type FieldValue } from './outbox-encoding'
import { LOCAL_DESK_CODE, loadDesk, saveDeskClock, type Desk } from './desk'
import type { SyncOutboxRow } from './sync.table'

/** A row's key: its id, or the values of its key columns in order (`[bill_id, line_no]`). */
export type RowKey = string | number | readonly (string | number)[]

/** Derived and local tables are written directly: their rows never reach the outbox. */
export type UnsyncedWrites = {
  readonly kysely: Kysely<Pick<Database, UnsyncedName>>
  run(query: { compile(): { sql: string; parameters: readonly unknown[] } }): BetterSqlite3.RunResult
  /** Hand-written SQL on a hot path; refused at run time when it writes a synced table. */
  prepare(sql: string): BetterSqlite3.Statement
}

/**
 * The one writer (SYNC.md, "The one writer"; ARCHITECTURE rule 12). Inside `transact` it writes
 * a synced row, stamps each changed synced field with the desk's hybrid logical clock, and
 * appends the change to the outbox, in the caller's transaction. Outside it, every write throws:
 * nothing changes a synced table any other way.
 */
export type Writer = {
  insert<T extends SyncedName>(table: T, row: Insertable<Database[T]>): void
  /** Writes the fields that differ from the stored row; true when any did. Synced fields go to the outbox. */
  update<T extends RecordName>(table: T, key: RowKey, fields: Updateable<Database[T]>): boolean
  /** The only change a ledger row takes: erasure clearing the fields its table declares erasable. */
  erase<T extends LedgerName>(table: T, key: RowKey, fields: Updateable<Database[T]>): boolean
  delete<T extends RecordName>(table: T, key: RowKey): boolean
  /**
   * Erasure reaches the outbox too: the entries of this row still waiting there are rewritten so
   * the erased fields hold their erased values (the row's final state stays the same).
   */
  scrubOutbox<T extends SyncedName>(table: T, key: RowKey, fields: Updateable<Database[T]>): void
  readonly unsynced: UnsyncedWrites
}

export type WriterControl = {
  readonly writer: Writer
  /** Runs `work` in one transaction as a change made by `actorId` (null: the app itself). */
  transact<T>(actorId: string | null, work: () => T): T
  /** True while a change runs (the mutation-path proof checks every write against it). */
  active(): boolean
  desk(): Desk
  /** Skips the outbox and the clocks (the bench compares posting with and without them). */
  setOutbox(enabled: boolean): void
  /**
   * The restore rule (SYNC.md, "The one writer"), applied to a database just restored from a
   * backup, given the desk that was live before (null on a new PC). The clock never goes back: it
   * moves past both the backup's and the live desk's. On this PC the desk stays the desk it was. A
   * desk that had enrolled never pushes the backup's old rows as new: its outbox is emptied (it
   * pulls what the server has since). A backup of an enrolled desk restored on another PC joins as
   * a new desk: a new id and the code `local` until it enrols. A desk that never synced keeps its
   * outbox, which is its data's history.
   */
  afterRestore(live: Desk | null): void
}

type Change = { actorId: string | null; hlc: Hlc | null }

const WRITE_TARGET = /^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:main\.)?["`]?(\w+)/i

export function createWriter(options: { db: Db; clock: Clock; newId: IdFactory }): WriterControl {
  const { db, clock, newId } = options
  const { sync, kysely } = db
  let desk = loadDesk(db, clock, newId)
  let last: Hlc = desk.hlc
  let current: Change | null = null
  let outboxOn = true

  const change = (table: string): Change => {
    if (!current) throw new Error(`A write to ${table} outside mutate: every change goes through the one writer.`)
    return current
  }
  const clockOf = (c: Change): Hlc => {
    if (!c.hlc) {
      last = hlcTick(last, clock().getTime())
      c.hlc = last
    }
    return c.hlc
  }

  const outbox = sync.prepare(`INSERT INTO sync_outbox (change_id, table_name, row_key, op, fields, hlc, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  const readClocks = sync.prepare(`SELECT clocks FROM sync_field_clocks WHERE table_name = ? AND row_key = ?`).pluck()
  const writeClocks = sync.prepare(`INSERT INTO sync_field_clocks (table_name, row_key, clocks) VALUES (?, ?, ?) ON CONFLICT (table_name, row_key) DO UPDATE SET clocks = excluded.clocks`)
  const dropClocks = sync.prepare(`DELETE FROM sync_field_clocks WHERE table_name = ? AND row_key = ?`)

  const append = (c: Change, table: string, rowKey: string, op: 'insert' | 'update' | 'erase' | 'delete', fields: Record<string, FieldValue>) => {
    const stamp = hlcToString(clockOf(c))
    outbox.run(newId(), table, rowKey, op, encodeFields(fields), stamp, c.actorId)
    return stamp
  }
  const stampFields = (table: string, rowKey: string, columns: readonly string[], stamp: string) => {
    const before = readClocks.get(table, rowKey) as string | undefined
    const clocks = before ? (JSON.parse(before) as Record<string, string>) : {}
    for (const column of columns) clocks[column] = stamp
    writeClocks.run(table, rowKey, JSON.stringify(clocks))
  }

  const keyColumns = (table: string): readonly string[] => {
    const declared = tableSync(table)
    if (!declared || !('key' in declared)) throw new Error(`${table} is not a synced table`)
    return declared.key
  }
  const keyValues = (table: string, key: RowKey): (string | number)[] => {
    const values = Array.isArray(key) ? [...(key as (string | number)[])] : [key as string | number]
    if (values.length !== keyColumns(table).length) throw new Error(`${table} is keyed by ${keyColumns(table).join(', ')}`)
    return values
  }
  const whereKey = (table: string) => keyColumns(table).map((column) => `"${column}" = ?`).join(' AND ')

  const selectCurrent = (table: string, columns: readonly string[], key: (string | number)[]) =>
    sync.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE ${whereKey(table)}`).get(...key) as Record<string, FieldValue> | undefined

  /** Writes the fields of `wanted` that differ from the row; returns those that did. */
  const writeChanged = (table: string, key: (string | number)[], wanted: Record<string, unknown>): string[] | null => {
    const columns = Object.keys(wanted).filter((column) => wanted[column] !== undefined)
    if (columns.length === 0) return []
    const before = selectCurrent(table, columns, key)
    if (!before) return null
    const changed = columns.filter((column) => !sameValue(before[column] ?? null, wanted[column] as FieldValue))
    if (changed.length === 0) return []
    sync
      .prepare(`UPDATE "${table}" SET ${changed.map((c) => `"${c}" = ?`).join(', ')} WHERE ${whereKey(table)}`)
      .run(...changed.map((column) => wanted[column] as FieldValue), ...key)
    return changed
  }

  const writer: Writer = {
    insert(table, row) {
      const c = change(table)
      const values = row as Record<string, FieldValue>
      sync.run(kysely.insertInto(table).values(row as never))
      if (!outboxOn) return
      const declared = SYNC_TABLES[table] as unknown as LedgerTable<Record<string, unknown>> | RecordTable<Record<string, unknown>>
      const rowKey = rowKeyOf(declared.key.map((column) => values[column] as string | number))
      const synced = declared.class === 'record' ? pick(values, syncedColumns(declared)) : dropUndefined(values)
      const stamp = append(c, table, rowKey, 'insert', synced)
      if (declared.class === 'record') stampFields(table, rowKey, Object.keys(synced), stamp)
    },

    update(table, key, fields) {
      const c = change(table)
      const values = keyValues(table, key)
      const changed = writeChanged(table, values, fields as Record<string, unknown>)
      if (!changed || changed.length === 0) return false
      if (!outboxOn) return true
      const declared = SYNC_TABLES[table] as unknown as RecordTable<Record<string, unknown>>
      const synced = changed.filter((column) => declared.columns[column] === 'record')
      if (synced.length > 0) {
        const rowKey = rowKeyOf(values)
        const stamp = append(c, table, rowKey, 'update', pick(fields as Record<string, FieldValue>, synced))
        stampFields(table, rowKey, synced, stamp)
      }
      return true
    },

    erase(table, key, fields) {
      const c = change(table)
      const declared = SYNC_TABLES[table] as unknown as LedgerTable<Record<string, unknown>>
      const wanted = fields as Record<string, FieldValue>
      const refused = Object.keys(wanted).filter((column) => !declared.erasable.includes(column))
      if (refused.length > 0) throw new Error(`${table} is a ledger: erasure may clear ${declared.erasable.join(', ') || 'nothing'}, not ${refused.join(', ')}`)
      const values = keyValues(table, key)
      const changed = writeChanged(table, values, wanted)
      if (!changed || changed.length === 0) return false
      if (outboxOn) {
        writer.scrubOutbox(table, key, pick(wanted, changed) as never)
        append(c, table, rowKeyOf(values), 'erase', pick(wanted, changed))
      }
      return true
    },

    delete(table, key) {
      const c = change(table)
      const values = keyValues(table, key)
      const gone = sync.prepare(`DELETE FROM "${table}" WHERE ${whereKey(table)}`).run(...values).changes > 0
      if (gone && outboxOn) {
        const rowKey = rowKeyOf(values)
        append(c, table, rowKey, 'delete', {})
        dropClocks.run(table, rowKey)
      }
      return gone
    },

    scrubOutbox(table, key, fields) {
      change(table)
      const rowKey = rowKeyOf(keyValues(table, key))
      const erased = fields as Record<string, FieldValue>
      const entries = sync.prepare(`SELECT seq, fields FROM sync_outbox WHERE table_name = ? AND row_key = ?`).all(table, rowKey) as Pick<SyncOutboxRow, 'seq' | 'fields'>[]
      const rewrite = sync.prepare(`UPDATE sync_outbox SET fields = ? WHERE seq = ?`)
      for (const entry of entries) {
        const values = decodeFields(entry.fields)
        let touched = false
        for (const column of Object.keys(erased)) {
          if (column in values) {
            values[column] = erased[column] ?? null
            touched = true
          }
        }
        if (touched) rewrite.run(encodeFields(values), entry.seq)
      }
    },

    unsynced: {
      kysely: kysely as unknown as Kysely<Pick<Database, UnsyncedName>>,
      run(query) {
        const compiled = query.compile()
        change(unsyncedTarget(compiled.sql))
        return sync.prepare(compiled.sql).run(...(compiled.parameters as unknown[]))
      },
      prepare(text) {
        change(unsyncedTarget(text))
        return sync.prepare(text)
      },
    },
  }

  return {
    writer,
    transact(actorId, work) {
      const outer = current
      if (outer) return work()
      const c: Change = { actorId, hlc: null }
      current = c
      try {
        return sync.transaction(() => {
          const result = work()
          if (c.hlc) saveDeskClock(db, hlcToString(c.hlc))
          return result
        })
      } finally {
        current = null
        desk = { ...desk, hlc: last }
      }
    },
    active: () => current !== null,
    desk: () => desk,
    setOutbox(enabled) {
      outboxOn = enabled
    },
    afterRestore(live) {
      const restored = desk
      const enrolled = restored.code !== LOCAL_DESK_CODE || (live !== null && live.code !== LOCAL_DESK_CODE)
      const id = live?.id ?? (restored.code !== LOCAL_DESK_CODE ? newId() : restored.id)
      const code = live?.code ?? LOCAL_DESK_CODE
      const ms = Math.max(restored.hlc.ms, live?.hlc.ms ?? 0)
      const counter = Math.max(restored.hlc.ms === ms ? restored.hlc.counter : 0, live && live.hlc.ms === ms ? live.hlc.counter : 0)
      last = { ms, counter, desk: id }
      sync.transaction(() => {
        sync.prepare(`UPDATE sync_desk SET desk_id = ?, desk_code = ?, hlc = ? WHERE id = 1`).run(id, code, hlcToString(last))
        if (enrolled) {
          sync.prepare(`DELETE FROM sync_outbox`).run()
        }
      })
      desk = { id, code, hlc: last }
    },
  }
}

/** The table a hand-written statement writes; refused when it is a synced one. */
function unsyncedTarget(sql: string): string {
  const target = WRITE_TARGET.exec(sql)?.[1]
  if (!target) return 'a table'
  const declared = tableSync(target)
  if (!declared || declared.class === 'ledger' || declared.class === 'record') {
    throw new Error(`${target} is a synced table: write it with insert, update, erase or delete, never by hand`)
  }
  return target
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0
  if (a instanceof Uint8Array || b instanceof Uint8Array) return false
  return a === b
}

function pick(values: Record<string, FieldValue>, columns: readonly string[]): Record<string, FieldValue> {
  const picked: Record<string, FieldValue> = {}
  for (const column of columns) if (values[column] !== undefined) picked[column] = values[column] ?? null
  return picked
}

function dropUndefined(values: Record<string, FieldValue>): Record<string, FieldValue> {
  return pick(values, Object.keys(values))
}
