import { describe, expect, it } from 'vitest'
import { latestMigration } from '../../migrations'
import { expectedSchemaAt, schemaDifferences, type SchemaObject } from './schema-match'

describe('a backup’s schema against the one Parlour makes', () => {
  it('passes Parlour’s own schema, and names every object added, changed or missing', async () => {
    const wanted = await expectedSchemaAt(latestMigration)
    expect(wanted.some((object) => object.type === 'trigger')).toBe(true)
    expect(schemaDifferences(wanted, wanted)).toEqual([])

    const customers = wanted.find((object) => object.type === 'table' && object.name === 'customers') as SchemaObject
    const anIndex = wanted.find((object) => object.type === 'index') as SchemaObject
    const edited: SchemaObject[] = [
      ...wanted.filter((object) => object !== customers && object !== anIndex),
      { ...customers, sql: `${customers.sql?.slice(0, -1)}, stolen TEXT)` },
      { type: 'trigger', name: 'steal', tbl_name: 'customers', sql: 'CREATE TRIGGER steal AFTER UPDATE ON customers BEGIN SELECT 1; END' },
      { type: 'view', name: 'everyone', tbl_name: 'everyone', sql: 'CREATE VIEW everyone AS SELECT * FROM customers' },
    ]
    expect(schemaDifferences(edited, wanted).sort()).toEqual(
      [
        'Its table customers is not the one Parlour makes.',
        'It has a trigger Parlour does not make: steal.',
        'It has a view Parlour does not make: everyone.',
        `It lacks the index ${anIndex.name} Parlour makes.`,
      ].sort(),
    )
  })

  it('compares by name only the tables whose SQL Parlour does not write: a virtual table’s own and Kysely’s bookkeeping', async () => {
    const wanted = await expectedSchemaAt(latestMigration)
    const shadow = wanted.find((object) => object.type === 'table' && /_fts_data$/.test(object.name)) as SchemaObject
    const bookkeeping = wanted.find((object) => object.name === 'kysely_migration') as SchemaObject
    expect(shadow).toBeDefined()
    expect(bookkeeping).toBeDefined()
    const reworded = wanted.map((object) => (object === shadow || object === bookkeeping ? { ...object, sql: `${object.sql} -- another version's words` } : object))
    expect(schemaDifferences(reworded, wanted)).toEqual([])
    // Still, one more such table is a table Parlour does not make.
    expect(schemaDifferences([...wanted, { ...shadow, name: 'kysely_migration_copy' }], wanted)).toEqual(['It has a table Parlour does not make: kysely_migration_copy.'])
  })
})
