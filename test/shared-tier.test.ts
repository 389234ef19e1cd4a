import { dirname, join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { contract, type MethodName } from '../electron/core/contract'
import { LIMITS } from '../vocabulary'

/** ARCHITECTURE rule 13: the shared tier runs anywhere, and every layer checks the same limits. */
const root = join(import.meta.dirname, '..')

/** Type-checks vocabulary/ by tsconfig.vocabulary.json with each probe added as one more module of it: the diagnostics, by probe. */
function vocabularyDiagnostics(probes: readonly string[]): string[][] {
  const configPath = join(root, 'tsconfig.vocabulary.json')
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath))
  const probeFiles = new Map(probes.map((probe, index) => [join(root, 'vocabulary', `__probe_${index}__.ts`), probe]))
  const host = ts.createCompilerHost(parsed.options)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.readFile = (path) => probeFiles.get(path) ?? readFile(path)
  host.getSourceFile = (path, language) => {
    const probe = probeFiles.get(path)
    return probe === undefined ? getSourceFile(path, language) : ts.createSourceFile(path, probe, language)
  }
  host.fileExists = (path) => probeFiles.has(path) || fileExists(path)
  const program = ts.createProgram([...parsed.fileNames, ...probeFiles.keys()], parsed.options, host)
  const message = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, '\n')
  const all = ts.getPreEmitDiagnostics(program)
  expect(all.filter((d) => !d.file || !probeFiles.has(d.file.fileName)).map(message), 'vocabulary/ itself').toEqual([])
  return [...probeFiles.keys()].map((path) => all.filter((d) => d.file?.fileName === path).map(message))
}

describe('the shared tier', () => {
  it('type-checks without Node or the DOM: their globals do not exist there', () => {
    const globals = ['process.env.HOME', 'Buffer.from("a")', 'document.title', 'window.location', 'localStorage.length', 'require("fs")']
    const [fine, ...refused] = vocabularyDiagnostics(['export const fine = [1, 2].at(-1)\n', ...globals.map((global) => `export const x = ${global}\n`)])
    expect(fine).toEqual([])
    refused.forEach((found, index) => {
      expect(found, globals[index]).toHaveLength(1)
      expect(found[0], globals[index]).toMatch(/^Cannot find name/)
    })
  })

  it('its limits are what the contract refuses past, one character over and not at the limit', () => {
    const text = (length: number) => 'a'.repeat(length)
    const cases: [MethodName, (value: string) => Record<string, unknown>, number][] = [
      ['customers.create', (notes) => ({ first_name: 'Priya', phone: '9876543210', notes }), LIMITS.notes],
      ['customers.create', (first_name) => ({ first_name, phone: '9876543210' }), LIMITS.customerName],
      ['customers.create', (gender) => ({ first_name: 'Priya', phone: '9876543210', gender }), LIMITS.gender],
      ['customers.search', (query) => ({ query }), LIMITS.searchQuery],
      ['bills.refund', (reason) => ({ bill_id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', reason }), LIMITS.reason],
      ['customers.erase', (basis) => ({ id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', confirm: 'ERASE', basis }), LIMITS.reason],
      ['days.close', (reason) => ({ day: '2026-11-24', opening_float: 0, reason }), LIMITS.dayCloseReason],
      ['menu.create', (name) => ({ kind: 'service', name, price: 50_000, tax_code: '999721' }), LIMITS.itemName],
      ['menu.create', (category) => ({ kind: 'service', name: 'Haircut', category, price: 50_000, tax_code: '999721' }), LIMITS.menuCategory],
      ['bills.preview', (name) => ({ items: [{ name, unit_price: 50_000, quantity: 1 }] }), LIMITS.itemName],
      ['session.login', (pin) => ({ user_id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', pin }), LIMITS.pinAsTyped],
    ]
    for (const [method, input, limit] of cases) {
      const schema = (contract[method] as { input: { safeParse(value: unknown): { success: boolean } } }).input
      expect(schema.safeParse(input(text(limit))).success, `${method} at ${limit}`).toBe(true)
      expect(schema.safeParse(input(text(limit + 1))).success, `${method} at ${limit + 1}`).toBe(false)
    }
    const search = contract['customers.search'].input
    expect(search.safeParse({ query: 'Priya', limit: LIMITS.searchResults }).success).toBe(true)
    expect(search.safeParse({ query: 'Priya', limit: LIMITS.searchResults + 1 }).success).toBe(false)
    const preview = contract['bills.preview'].input
    const bill = (unit_price: number) => ({ items: [{ name: 'Haircut', unit_price, quantity: 1 }] })
    expect(preview.safeParse(bill(LIMITS.amountPaise)).success).toBe(true)
    expect(preview.safeParse(bill(LIMITS.amountPaise + 1)).success).toBe(false)
  })
})
