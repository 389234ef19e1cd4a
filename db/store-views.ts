import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import type { Store } from './store'
import type { SyncExecutor } from './sqlite/sync-executor'
import type { Writer } from './sync/writer'
import { purgeOldBytes } from './customers/erasure'

/**
 * The repositories' methods that change data. They exist for handlers only on the write store
 * that `mutate((w) => ...)` hands over; on the read store they are gone from the type, and at run
 * time the writer refuses any write made outside a change.
 */
export const WRITE_METHODS = {
  customers: ['create', 'update', 'erase', 'softDelete', 'restore'],
  users: ['create', 'update', 'recordFailedLogin', 'recordSuccessfulLogin'],
  audit: ['append', 'carryOver'],
  settings: ['update', 'setKind'],
  recovery: ['set'],
  bills: ['post', 'refund', 'rederiveCounters'],
  menu: ['create', 'update'],
  visits: ['createWalkin', 'createAppointment', 'move', 'setStatus'],
  dayCloses: ['close'],
  drafts: ['save', 'remove', 'removeForCustomer'],
} as const satisfies { [K in keyof Store]?: readonly (keyof Store[K])[] }

type WriteMethods = typeof WRITE_METHODS
type Repositories = Omit<Store, 'db' | 'writes' | 'close'>

/** Reads only: a query builder that cannot start a write, and statements SQLite says write nothing. */
export type ReadDb = {
  readonly path: string
  readonly kysely: Pick<Kysely<Database>, 'selectFrom' | 'selectNoFrom' | 'with' | 'fn'>
  readonly sync: Pick<SyncExecutor, 'all' | 'get' | 'prepare'>
}

/** What a handler holds: every repository's reads, and no way to write. */
export type ReadStore = {
  readonly [K in keyof Repositories]: K extends keyof WriteMethods ? Omit<Repositories[K], WriteMethods[K][number]> : Repositories[K]
} & {
  readonly db: ReadDb
  /** After an erasure: push the old bytes out of the file (a checkpoint; no data changes). */
  purgeOldBytes(): boolean
}

/** What `mutate((w) => ...)` hands over: the repositories whole, and the writer's own calls. */
export type WriteStore = Repositories & Writer

const readViews = new WeakMap<Store, ReadStore>()
const writeViews = new WeakMap<Store, WriteStore>()

export function readView(store: Store): ReadStore {
  let view = readViews.get(store)
  if (!view) {
    const { db } = store
    const prepare = (sql: string): BetterSqlite3.Statement => {
      const statement = db.sync.prepare(sql)
      if (!statement.readonly) throw new Error('A read store runs only statements that write nothing')
      return statement
    }
    const read: ReadDb = { path: db.path, kysely: db.kysely, sync: { all: (q) => db.sync.all(q), get: (q) => db.sync.get(q), prepare } }
    view = { ...repositoriesOf(store), db: read, purgeOldBytes: () => purgeOldBytes(db) } as ReadStore
    readViews.set(store, view)
  }
  return view
}

export function writeView(store: Store): WriteStore {
  let view = writeViews.get(store)
  if (!view) {
    const { writer } = store.writes
    view = {
      ...repositoriesOf(store),
      insert: writer.insert,
      update: writer.update,
      erase: writer.erase,
      delete: writer.delete,
      scrubOutbox: writer.scrubOutbox,
      unsynced: writer.unsynced,
    }
    writeViews.set(store, view)
  }
  return view
}

function repositoriesOf(store: Store): Repositories {
  const { db: _db, writes: _writes, close: _close, ...repositories } = store
  return repositories
}
