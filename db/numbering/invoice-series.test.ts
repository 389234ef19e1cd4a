import { describe, expect, it } from 'vitest'
import {
  formatInvoiceNumber,
  INVOICE_NUMBER_MAX_LENGTH,
  INVOICE_PREFIX_MAX_LENGTH,
  invoicePrefixProblem,
  invoicePrefixWarning,
  isDeskCode,
  LOCAL_DESK,
  longestInvoiceNumber,
  SEQUENCE_MAX,
  seriesStem,
} from '../../vocabulary/invoice-series'
import { openStore } from '../store'
import { randomKey, tempDbPath } from '../../test/helpers/temp'
import { rederiveInvoiceCounters } from './numbering'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
const EVERY_DESK_CODE = [...LETTERS, ...LETTERS.flatMap((a) => LETTERS.map((b) => a + b))].filter(isDeskCode)

describe('the invoice series rule (vocabulary/invoice-series.ts)', () => {
  it('keeps today’s numbers on a desk that has not enrolled, and numbers an enrolled desk as SYNC.md’s example', () => {
    expect(formatInvoiceNumber('SAL', LOCAL_DESK, 'sale', 2026, 42)).toBe('SAL-26-0042')
    expect(formatInvoiceNumber('SAL', LOCAL_DESK, 'refund', 2026, 3)).toBe('SAL-CN-26-0003')
    expect(formatInvoiceNumber('SAL', LOCAL_DESK, 'sale', 2026, 12_345)).toBe('SAL-26-12345')
    expect(formatInvoiceNumber('SAL', 'A', 'sale', 2026, 42)).toBe('SAL/A/26/00042')
    expect(formatInvoiceNumber('SAL', 'A', 'refund', 2026, 3)).toBe('SAL/AC/26/00003')
    expect(formatInvoiceNumber('SAL', 'AB', 'refund', 2099, 99_999)).toBe('SAL/ABC/99/99999')
  })

  it('counts a 2-letter desk, the credit-note mark, the year and 5 digits: the prefix plus 13 characters, so 3 at most', () => {
    expect(longestInvoiceNumber('SAL', 2026)).toBe('SAL/XYC/26/99999')
    expect(longestInvoiceNumber('SAL', 2026)).toHaveLength(INVOICE_NUMBER_MAX_LENGTH)
    expect(INVOICE_PREFIX_MAX_LENGTH).toBe(3)
  })

  it('passes a prefix whose longest number is exactly 16 characters and refuses one of 17, showing the number it could reach', () => {
    expect(invoicePrefixProblem('SAL', 2026)).toBeNull()
    expect(invoicePrefixProblem('A1', 2026)).toBeNull()
    expect(invoicePrefixProblem('GLOW', 2026)).toBe(
      'With the prefix GLOW, numbers could reach GLOW/XYC/26/99999 (17 characters: a credit note, once desks sync), and GST allows 16. Use at most 3 letters or digits.',
    )
    expect(invoicePrefixProblem('GLOWSTDO', 2026)).toMatch(/GLOWSTDO\/XYC\/26\/99999 \(21 characters/)
    expect(invoicePrefixProblem('', 2026)).toBe('Use 1 to 3 capital letters or digits.')
    expect(invoicePrefixProblem('SA-L', 2026)).toBe('Use 1 to 3 capital letters or digits.')
  })

  it('warns the owner of a prefix saved before the rule with the problem and the fix', () => {
    expect(invoicePrefixWarning('SAL', 2026)).toBeNull()
    expect(invoicePrefixWarning('GLOWSTDO', 2026)).toBe(
      'The invoice prefix GLOWSTDO is too long: numbers could reach GLOWSTDO/XYC/26/99999 (21 characters), and GST allows 16. ' +
        'Change it to at most 3 letters or digits in Admin, Settings; numbers already issued stay as they are.',
    )
  })

  it('keeps every number of every allowed prefix on every desk within 16 characters, letters, digits, - and /', () => {
    for (const prefix of ['S', 'SA', 'SAL', '999']) {
      for (const desk of [LOCAL_DESK, ...EVERY_DESK_CODE]) {
        for (const kind of ['sale', 'refund'] as const) {
          const number = formatInvoiceNumber(prefix, desk, kind, 2026, SEQUENCE_MAX)
          expect(number.length, number).toBeLessThanOrEqual(INVOICE_NUMBER_MAX_LENGTH)
          expect(number).toMatch(/^[A-Z0-9/-]+$/)
        }
      }
    }
  })

  it('gives every desk and kind its own series: no two share a stem, so no number can be issued by two of them', () => {
    expect(EVERY_DESK_CODE).toHaveLength(26 + 26 * 26 - 27) // codes ending in C would read as another desk's credit notes
    expect(isDeskCode('AC')).toBe(false)
    expect(isDeskCode('a')).toBe(false)
    expect(isDeskCode('ABD')).toBe(false)
    expect(isDeskCode(LOCAL_DESK)).toBe(false)
    const stems = [LOCAL_DESK, ...EVERY_DESK_CODE].flatMap((desk) => (['sale', 'refund'] as const).map((kind) => seriesStem('SAL', desk, kind, 2026)))
    expect(new Set(stems).size).toBe(stems.length)
    // No stem is the start of another's number either (the sequence is digits).
    for (const stem of stems) expect(stems.filter((other) => other !== stem && other.startsWith(stem) && /^\d/.test(other.slice(stem.length)))).toEqual([])
    expect(() => seriesStem('SAL', 'AC', 'sale', 2026)).toThrow(/desk code/)
  })
})

describe('rederiveInvoiceCounters', () => {
  it('finds the highest number of each series with one indexed range query on bills and on the audit log, and never moves a counter back', async () => {
    const store = await openStore({ path: tempDbPath(), dataKey: randomKey() })
    const sql = store.db.sqlite
    const T = '2026-11-24T05:00:00.000Z'
    const audit = sql.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, outcome, invoice_number) VALUES (?, ?, NULL, ?, 'x', 'ok', ?)`)
    audit.run('01ARZ3NDEKTSV4RRFFQ69G5FA1', T, 'bill.post', 'SAL-26-0009')
    audit.run('01ARZ3NDEKTSV4RRFFQ69G5FA2', T, 'bill.post', 'SAL-26-10000') // past 9,999 the number is longer: compared as a number
    audit.run('01ARZ3NDEKTSV4RRFFQ69G5FA3', T, 'bill.post', 'SAL-25-0500') // last year
    audit.run('01ARZ3NDEKTSV4RRFFQ69G5FA4', T, 'bill.post', 'SAL2-26-0700') // another prefix
    audit.run('01ARZ3NDEKTSV4RRFFQ69G5FA5', T, 'bill.refund', 'SAL-CN-26-0004')
    const counter = (name: string) => sql.prepare(`SELECT value FROM counters WHERE name = ?`).pluck().get(name)
    const settings = { invoice_prefix: 'SAL', time_zone: 'Asia/Kolkata' }
    expect(rederiveInvoiceCounters(store.db, settings, new Date(T))).toBe(2)
    expect(counter('invoice:sale:2026')).toBe(10_000)
    expect(counter('invoice:refund:2026')).toBe(4)
    sql.prepare(`UPDATE counters SET value = 12000 WHERE name = 'invoice:sale:2026'`).run()
    expect(rederiveInvoiceCounters(store.db, settings, new Date(T))).toBe(0)
    expect(counter('invoice:sale:2026')).toBe(12_000)

    const plan = (table: string) =>
      (sql.prepare(`EXPLAIN QUERY PLAN SELECT invoice_number FROM ${table} WHERE invoice_number >= 'SAL-26-0' AND invoice_number < 'SAL-26-:'`).all() as { detail: string }[])
        .map((step) => step.detail)
        .join(' ')
    expect(plan('bills')).toMatch(/USING COVERING INDEX .*\(invoice_number>\? AND invoice_number<\?\)/)
    expect(plan('audit_log')).toMatch(/USING COVERING INDEX audit_log_invoice_number \(invoice_number>\? AND invoice_number<\?\)/)
    await store.close()
  })
})
