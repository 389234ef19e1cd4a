import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection, Core } from '../electron/core'
import { contract, methodNames, type ErrorCode, type MethodName, type Result } from '../electron/core/contract'
import type { MethodSpec } from '../electron/core/contract/define'
import { ERROR_CODES, errorCodesOf, pipelineCodes } from '../scripts/api-docs/errors'
import { filesEndingIn } from '../scripts/api-docs/files'
import { API_DOCS_PATH, projectRoot, renderApiDocs } from '../scripts/api-docs/render'
import { exportedTypeNames } from '../scripts/api-docs/shapes-source'
import { openTestCore, salonWithUsers } from './helpers/core'

const root = projectRoot()
const generated = renderApiDocs(root)
const specOf = (method: MethodName) => contract[method] as MethodSpec

/** The text under a method's heading, up to the next heading. */
function sectionOf(markdown: string, method: MethodName): string {
  const start = markdown.indexOf(`\n#### ${method}\n`)
  if (start < 0) return ''
  const end = markdown.slice(start + 1).search(/\n#{2,4} /)
  return end < 0 ? markdown.slice(start) : markdown.slice(start, start + 1 + end)
}

describe('docs/api.md', () => {
  it('is what the contract generates', () => {
    const committed = readFileSync(join(root, API_DOCS_PATH), 'utf8')
    expect(committed, 'docs/api.md is stale: run `npm run docs:api` and commit the result.').toBe(generated)
  })

  it('comes out byte for byte the same each time', () => {
    expect(renderApiDocs(root)).toBe(generated)
  })

  it('has a section for every method, saying who may call it and every code it can answer', () => {
    for (const method of methodNames) {
      const section = sectionOf(generated, method)
      expect(section, `${method} has no section`).not.toBe('')
      expect(section).toContain('- **Who may call:** ')
      expect(section).toContain('- **Input:**')
      expect(section).toContain('- **Returns:** ')
      expect(section).toContain(`- **Errors:** ${errorCodesOf(specOf(method)).map((code) => `\`${code}\``).join(', ')}\n`)
    }
  })

  it('holds no absolute path of this machine', () => {
    expect(generated).not.toContain(root)
  })

  it('spells out what a shape takes from a stored row: the fields with the table’s doc comments, no type of db/ named', () => {
    const headed = new Set([...generated.matchAll(/^#### type (\w+)$/gm)].map((match) => match[1]))
    const declarations = [...generated.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '').join('\n')
    const dbTypes = filesEndingIn(root, 'db', '.ts')
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) => exportedTypeNames(root, file))
      .filter((name) => !headed.has(name))
    for (const name of new Set(dbTypes)) expect(declarations, `docs/api.md names ${name}, a type of db/`).not.toMatch(new RegExp(`\\b${name}\\b`))
    // BillItem is BillLine & { … }: the stored line's fields, each with its comment in bills.table.ts.
    expect(generated).toContain('type BillItem = {\n  name: string\n  unit_price: number\n')
    expect(generated).toContain('  /** The menu item it was billed from; null for a custom line. */\n  menu_item_id: string | null\n')
  })
})

describe('the declared errors', () => {
  it.each(methodNames)('%s declares known codes, none of them ones its access already implies', (method) => {
    const { access, errors = [] } = specOf(method)
    for (const code of errors) {
      expect(ERROR_CODES).toContain(code)
      expect(pipelineCodes(access), `${method} declares ${code}, which every such method answers anyway`).not.toContain(code)
    }
    expect(new Set(errors).size).toBe(errors.length)
  })
})

// The pipeline's codes are derived from `access` (scripts/api-docs/errors.ts): the core must agree.
// Each caller sends `{}` to every method, which touches no data; the answers' codes must be listed.
describe('the listed codes, against the core', () => {
  let core: Core
  const answers = async (connection: Connection, skip: readonly MethodName[] = []) => {
    const invoke = connection.invoke as (method: string, input: unknown) => Promise<Result<unknown>>
    const codes = new Map<MethodName, ErrorCode | 'ok'>()
    for (const method of methodNames.filter((name) => !skip.includes(name))) {
      const result = await invoke(method, {})
      codes.set(method, result.ok ? 'ok' : result.error.code)
    }
    return codes
  }
  const expectListed = (codes: ReadonlyMap<MethodName, ErrorCode | 'ok'>) => {
    for (const [method, code] of codes) if (code !== 'ok') expect(errorCodesOf(specOf(method)), `${method} answered ${code}`).toContain(code)
  }

  beforeAll(async () => {
    ;({ core } = await openTestCore())
  })
  afterAll(async () => core.close())

  it('SETUP_REQUIRED: listed by exactly the methods that refuse to run before setup', async () => {
    const codes = await answers(core.connect())
    for (const method of methodNames) {
      expect(codes.get(method) === 'SETUP_REQUIRED', method).toBe(errorCodesOf(specOf(method)).includes('SETUP_REQUIRED'))
    }
  })

  it('UNAUTHENTICATED and FORBIDDEN: every refusal logged out, as a receptionist and as staff is listed', async () => {
    const { anonymous, receptionist, staff } = await salonWithUsers(core)
    const loggedOut = await answers(anonymous)
    expectListed(loggedOut)
    expect([...loggedOut.values()]).toContain('UNAUTHENTICATED')
    // Logging out would end the session the rest of the sweep runs in.
    const asStaff = await answers(staff, ['session.logout'])
    expectListed(asStaff)
    expect([...asStaff.values()]).toContain('FORBIDDEN')
    expectListed(await answers(receptionist, ['session.logout']))
  })
})
