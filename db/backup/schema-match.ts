import Database from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { staticMigrationProvider } from '../../migrations'

/** One row of `sqlite_schema`: a table, index, view or trigger and the SQL that made it. */
export type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null }

/** Every object of a database's schema but SQLite's own (`sqlite_*`: statistics, sequences, automatic indexes), in a stable order. */
export function schemaObjectsOf(db: Database.Database): SchemaObject[] {
  return db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`)
    .all() as SchemaObject[]
}

const expected = new Map<string, Promise<SchemaObject[]>>()

/**
 * The schema Parlour itself makes at `migration`: the migrations up to it, run on an empty
 * database in memory (milliseconds; kept for the process).
 */
export function expectedSchemaAt(migration: string): Promise<SchemaObject[]> {
  let schema = expected.get(migration)
  if (!schema) {
    schema = buildSchema(migration)
    expected.set(migration, schema)
  }
  return schema
}

async function buildSchema(migration: string): Promise<SchemaObject[]> {
  const sqlite = new Database(':memory:')
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    const { error } = await new Migrator({ db: kysely, provider: staticMigrationProvider }).migrateTo(migration)
    if (error) throw new Error(`Parlour could not build its own schema at ${migration}.`, { cause: error })
    return schemaObjectsOf(sqlite)
  } finally {
    await kysely.destroy()
  }
}

const MIGRATION_BOOKKEEPING = ['kysely_migration', 'kysely_migration_lock']

const KIND: Record<string, string> = { table: 'table', index: 'index', view: 'view', trigger: 'trigger' }

/**
 * How a backup's schema departs from the one Parlour makes, in words (none: they are the same).
 * A trigger, view, table or index Parlour does not make is how an edited backup would copy data
 * out or switch a safeguard off after it is restored, so only the exact schema passes. Tables
 * whose SQL Parlour does not write are compared by name: those a virtual table keeps for itself
 * (FTS5's `<name>_data`, …; SQLite writes them, and may differ between versions) and Kysely's
 * migration bookkeeping (a Kysely upgrade may word them differently).
 */
export function schemaDifferences(actual: readonly SchemaObject[], wanted: readonly SchemaObject[]): string[] {
  const virtualTables = wanted.filter((object) => object.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(object.sql ?? '')).map((object) => object.name)
  const isShadow = (object: SchemaObject) =>
    object.type === 'table' && (MIGRATION_BOOKKEEPING.includes(object.name) || virtualTables.some((name) => object.name.startsWith(`${name}_`)))
  const key = (object: SchemaObject) => `${object.type}\u0000${object.name}`
  const wantedByKey = new Map(wanted.map((object) => [key(object), object]))
  const actualKeys = new Set(actual.map(key))
  const problems: string[] = []
  for (const object of actual) {
    const kind = KIND[object.type] ?? object.type
    const match = wantedByKey.get(key(object))
    if (!match) problems.push(`It has a ${kind} Parlour does not make: ${object.name}.`)
    else if (!isShadow(object) && (match.sql !== object.sql || match.tbl_name !== object.tbl_name)) problems.push(`Its ${kind} ${object.name} is not the one Parlour makes.`)
  }
  for (const object of wanted) if (!actualKeys.has(key(object))) problems.push(`It lacks the ${KIND[object.type] ?? object.type} ${object.name} Parlour makes.`)
  return problems
}
