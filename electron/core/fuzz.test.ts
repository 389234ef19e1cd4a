import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '.'
import type { Connection } from './connection'
import { contract, methodNames, type MethodName, type Result } from './contract'
import type { MethodSpec } from './contract/define'
import { must, openTestCore, PINS, salonWithUsers } from '../../test/helpers/core'

let core: Core
let owner: Connection
let loggerErrors: { message: string }[]
let ownerId: string

/** An accidentally valid `session.logout` ends the session: log back in before the next run. */
async function ensureLoggedIn() {
  const state = await must(owner, 'session.state', {})
  if (!state.user) await must(owner, 'session.login', { user_id: ownerId, pin: PINS.owner })
}

beforeAll(async () => {
  const opened = await openTestCore()
  core = opened.core
  loggerErrors = opened.logger.errors
  const salon = await salonWithUsers(core)
  owner = salon.owner
  ownerId = salon.ids.owner
  await must(owner, 'customers.create', { first_name: 'Priya', last_name: 'Sharma', phone: '9876543210', notes: 'Allergic to certain products.' })
})
afterAll(async () => core.close())

function dataSnapshot(): string {
  const db = core.store.db.sqlite
  return JSON.stringify([
    db.prepare('SELECT * FROM customers ORDER BY id').all(),
    db.prepare('SELECT id, name, role, active, pin_hash, failed_attempts FROM users LEFT JOIN user_lockouts ON user_id = id ORDER BY id').all(),
    db.prepare('SELECT * FROM desk_settings').all(),
    db.prepare('SELECT * FROM settings').all(),
  ])
}

const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'id\u0000', '$where'),
  fc.string({ maxLength: 12 }),
)
const hostileValue = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, -1, null, true, '', ' ', '\u0000', '１２３'),
  fc.constantFrom('x'.repeat(300_000), '9'.repeat(5_000), '<script>alert(1)</script>', "'; DROP TABLE customers; --"),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(nasty, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
)

/** Objects shaped like the method's input (its own keys) with hostile values, plus hostile keys. */
function inputsFor(method: MethodName) {
  const shape = ((contract[method] as MethodSpec).input as unknown as { shape?: Record<string, unknown> }).shape ?? {}
  const keys = Object.keys(shape)
  const wellKeyed = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }) : fc.constant({})
  const withExtra = fc.tuple(wellKeyed, fc.dictionary(nasty, hostileValue, { minKeys: 1, maxKeys: 3 })).map(([a, b]) => ({ ...a, ...b }))
  const protoPolluting = fc.constantFrom(
    JSON.parse('{"__proto__": {"role": "owner", "polluted": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  )
  return fc.oneof(wellKeyed, withExtra, protoPolluting, hostileValue)
}

/** Methods that write files where they are told: accidentally valid random paths are not sent (fuzzing must not litter the disk). */
const WRITES_FILES: ReadonlySet<string> = new Set(['backup.run', 'backup.restore', 'app.restoreBackup', 'customers.export', 'customers.exportCsv', 'settings.update'])

describe('fuzzing every method with hostile input', () => {
  it.each(methodNames)('%s: invalid input is VALIDATION, never INTERNAL, never a throw, never a change', async (method) => {
    const schema = (contract[method] as MethodSpec).input
    await fc.assert(
      fc.asyncProperty(inputsFor(method), async (input) => {
        const jsonSafe = JSON.parse(JSON.stringify(input ?? {})) as unknown
        fc.pre(!(WRITES_FILES.has(method) && schema.safeParse(jsonSafe).success))
        await ensureLoggedIn()
        const before = dataSnapshot()
        let result: Result<unknown>
        try {
          result = (await owner.invoke(method, input as never)) as Result<unknown>
        } catch (error) {
          throw new Error(`invoke threw: ${String(error)}`)
        }
        if (schema.safeParse(jsonSafe).success) {
          // Accidentally valid: it may fail on the data, but never as a bug.
          if (!result.ok) expect(result.error.code).not.toBe('INTERNAL')
          return
        }
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('VALIDATION')
        expect(dataSnapshot()).toBe(before)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 150 },
    )
  })

  it('unknown methods and non-object inputs are VALIDATION', async () => {
    for (const method of ['customers.drop', '__proto__', 'constructor', 'toString', '', 'customers.search ']) {
      expect(await owner.invoke(method as never, {} as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(await owner.invoke('customers.search', cyclic as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await owner.invoke('customers.search', 42n as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(loggerErrors).toEqual([])
  })
})
