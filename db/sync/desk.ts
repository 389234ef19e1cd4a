import { hlcToString, parseHlc, type Hlc } from '../../vocabulary/hlc'
import { toStoredTime, type Clock } from '../clock'
import type { IdFactory } from '../ids'
import type { Db } from '../sqlite/connection'
import type { SyncDeskTable } from './sync.table'

/** The code of a desk that has not enrolled with a sync server: it adds nothing to numbers. */
export const LOCAL_DESK_CODE = 'local'

export type Desk = { readonly id: string; readonly code: string; readonly hlc: Hlc }

/**
 * This desk's identity and last clock, made at the first open: a ULID that stays with the file
 * (a backup restored on another PC is handled by the restore rule), the code `local`, and a clock
 * that starts at the wall time of that open.
 */
export function loadDesk(db: Db, clock: Clock, newId: IdFactory): Desk {
  const read = () => db.sync.prepare(`SELECT desk_id, desk_code, hlc FROM sync_desk WHERE id = 1`).get() as Pick<SyncDeskTable, 'desk_id' | 'desk_code' | 'hlc'> | undefined
  let row = read()
  if (!row) {
    const id = newId()
    const start: Hlc = { ms: clock().getTime(), counter: 0, desk: id }
    db.sync
      .prepare(`INSERT INTO sync_desk (id, desk_id, desk_code, hlc, created_at) VALUES (1, ?, ?, ?, ?)`)
      .run(id, LOCAL_DESK_CODE, hlcToString(start), toStoredTime(clock()))
    row = read()
  }
  if (!row) throw new Error('This desk has no identity')
  const hlc = parseHlc(row.hlc)
  if (!hlc) throw new Error('This desk’s clock is unreadable')
  return { id: row.desk_id, code: row.desk_code, hlc }
}

/** Persists the last clock issued, in the change's own transaction, so a restart never reissues it. */
export function saveDeskClock(db: Db, hlc: string): void {
  db.sync.prepare(`UPDATE sync_desk SET hlc = ? WHERE id = 1 AND hlc < ?`).run(hlc, hlc)
}
