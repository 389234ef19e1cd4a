import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { seededRandom, testSeed } from '../../test/helpers/seed'
import { tempDir } from '../../test/helpers/temp'
import { csvRow } from '../csv'
import { CSV_COLUMNS, CSV_HEADER } from './customers-csv'
import { eraseCsvRows } from './csv-rows-erasure'

const SEED = testSeed('db/customers/csv-rows-erasure.test.ts')

const ULID_CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

describe('eraseCsvRows (one customer out of a customers CSV)', () => {
  it('takes out exactly that customer’s records across chunk boundaries, quotes and line breaks inside cells, and nothing else', () => {
    const random = seededRandom(SEED)
    const id = () => Array.from({ length: 26 }, () => ULID_CHARS[Math.floor(random() * 32)]).join('')
    const target = id()
    // Notes full of what a splitter gets wrong: quotes, commas, CR LF and LF inside quotes, the
    // target's id inside another customer's cell, long enough to straddle the 1 MiB reads.
    const note = () =>
      Array.from({ length: 1 + Math.floor(random() * 40) }, () => ['a', 'ब', '"', ',', '\r\n', '\n', ' ', target, 'x'.repeat(200)][Math.floor(random() * 9)]).join('')
    const rows: string[][] = []
    for (let i = 0; i < 6000; i++) {
      const who = random() < 0.002 ? target : id()
      rows.push([who, `First${i}`, `Last ${i}`, '', '', '', '', note(), '0', '0.00', '0', '', '2026-11-24T10:30:00+05:30'])
    }
    if (!rows.some((row) => row[0] === target)) rows[4321]![0] = target
    const file = join(tempDir(), 'customers-2026-11-24.csv')
    const content = CSV_HEADER + rows.map((row) => csvRow(row)).join('')
    writeFileSync(file, content)
    expect(statSync(file).size).toBeGreaterThan(2 << 20) // several 1 MiB reads

    const expectedRows = rows.filter((row) => row[0] !== target)
    const result = eraseCsvRows(file, target)
    expect(result).toEqual({ file, outcome: 'rows-removed', rows: rows.length - expectedRows.length })
    expect(readFileSync(file, 'utf8')).toBe(CSV_HEADER + expectedRows.map((row) => csvRow(row)).join(''))
    const parsed = parse(readFileSync(file, 'utf8'), { bom: true, columns: [...CSV_COLUMNS] as string[], from_line: 2 }) as Record<string, string>[]
    expect(parsed.map((row) => row.id)).toEqual(expectedRows.map((row) => row[0]))
    expect(readdirSync(join(file, '..'))).toEqual(['customers-2026-11-24.csv']) // no temporary left
  })

  it('leaves a file alone when it holds no row of theirs (not even rewritten), or when it does not start with Parlour’s header', () => {
    const folder = tempDir()
    const target = '01KAB2C3D4E5F6G7H8J9K0M1N2'
    const other = join(folder, 'other.csv')
    writeFileSync(other, CSV_HEADER + csvRow(['01KAB2C3D4E5F6G7H8J9K0M1N3', 'Anita', '', '', '', '', '', `asked about ${target}`, 0, '0.00', 0, '', '']))
    const modified = statSync(other).mtimeMs
    expect(eraseCsvRows(other, target)).toEqual({ file: other, outcome: 'no-rows' })
    expect(statSync(other).mtimeMs).toBe(modified)
    const foreign = join(folder, 'foreign.csv')
    const foreignText = `id,name\r\n${target},Priya\r\n`
    writeFileSync(foreign, foreignText)
    expect(eraseCsvRows(foreign, target)).toEqual({ file: foreign, outcome: 'not-parlour' })
    expect(readFileSync(foreign, 'utf8')).toBe(foreignText)
    expect(eraseCsvRows(join(folder, 'gone.csv'), target)).toEqual({ file: join(folder, 'gone.csv'), outcome: 'failed', code: 'ENOENT' })
    expect(existsSync(join(folder, 'gone.csv.erasing'))).toBe(false)
  })
})
