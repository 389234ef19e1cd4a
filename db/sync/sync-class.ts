/**
 * Every table declares how it syncs (SYNC.md, "Every table declares its sync class"), in code
 * beside its definition, so the one writer can read it:
 * - ledger: insert-only documents, union by id (bills, credit notes, day closes, audit entries);
 * - record: mutable rows merged field by field, each field carrying the clock of its last write;
 * - derived: recomputed on each desk from ledgers and records, never synced;
 * - local: never leaves the desk.
 * A record table lists every column, because records mix classes (a customer's totals are
 * derived); a column that is derived or local never reaches the outbox.
 */
export type SyncClass = 'ledger' | 'record' | 'derived' | 'local'
export type ColumnClass = 'record' | 'derived' | 'local'

type KeyColumns<Row> = readonly [keyof Row & string, ...(keyof Row & string)[]]

export type LedgerTable<Row> = {
  readonly class: 'ledger'
  /** The columns that name a row (one document line: `bill_id` and `line_no`). */
  readonly key: KeyColumns<Row>
  /** The only fields a ledger row may change after it is written: those erasure clears (SYNC.md). */
  readonly erasable: readonly (keyof Row & string)[]
}

export type RecordTable<Row> = {
  readonly class: 'record'
  readonly key: KeyColumns<Row>
  readonly columns: { readonly [K in keyof Row & string]-?: ColumnClass }
}

export type UnsyncedTable = { readonly class: 'derived' | 'local' }

export type TableSync<Row> = LedgerTable<Row> | RecordTable<Row> | UnsyncedTable

export const ledgerTable = <Row>(key: KeyColumns<Row>, erasable: readonly (keyof Row & string)[] = []): LedgerTable<Row> => ({ class: 'ledger', key, erasable })

export const recordTable = <Row>(key: KeyColumns<Row>, columns: RecordTable<Row>['columns']): RecordTable<Row> => ({ class: 'record', key, columns })

export const derivedTable: UnsyncedTable = { class: 'derived' }
export const localTable: UnsyncedTable = { class: 'local' }

/** The columns of a record table that sync: each one's changes go to the outbox with its clock. */
export function syncedColumns<Row>(table: RecordTable<Row>): (keyof Row & string)[] {
  return (Object.keys(table.columns) as (keyof Row & string)[]).filter((column) => table.columns[column] === 'record')
}
