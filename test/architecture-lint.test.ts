import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The boundary rules of ARCHITECTURE.md are lint rules: prove they fire (and stay quiet when they should). */
const eslint = new ESLint({ cwd: process.cwd() })

async function messages(code: string, filePath: string, rule = /no-restricted-imports/): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => rule.test(m.ruleId ?? '')).map((m) => m.message)
}

describe('architecture boundaries', () => {
  it('the renderer imports nothing from db, the core or Node', async () => {
    expect(await messages(`import { openStore } from '../db/store'\nvoid openStore\n`, 'renderer/x.ts')).not.toEqual([])
    expect(await messages(`import { openCore } from '../electron/core'\nvoid openCore\n`, 'renderer/x.ts')).not.toEqual([])
    expect(await messages(`import { readFileSync } from 'node:fs'\nvoid readFileSync\n`, 'renderer/x.ts')).not.toEqual([])
    expect(await messages(`import Database from 'better-sqlite3'\nvoid Database\n`, 'renderer/x.ts')).not.toEqual([])
    expect(await messages(`import { contract } from '../electron/core/contract'\nvoid contract\n`, 'renderer/x.ts')).not.toEqual([])
  })

  it('the renderer may import types from the contract', async () => {
    expect(await messages(`import type { PosBridge } from '../electron/core/contract'\nexport type X = PosBridge\n`, 'renderer/x.ts')).toEqual([])
  })

  it('only main, preload and the key store import electron', async () => {
    const code = `import { app } from 'electron'\nvoid app\n`
    expect(await messages(code, 'electron/core/x.ts')).not.toEqual([])
    expect(await messages(code, 'db/x.ts')).not.toEqual([])
    expect(await messages(code, 'electron/shell/x.ts')).not.toEqual([])
    expect(await messages(`import type { BrowserWindow } from 'electron'\nexport type X = BrowserWindow\n`, 'electron/shell/x.ts')).not.toEqual([])
    expect(await messages(code, 'electron/main.ts')).toEqual([])
  })

  it('the core never reaches up into the shell', async () => {
    expect(await messages(`import { x } from '../shell/window'\nvoid x\n`, 'electron/core/x.ts')).not.toEqual([])
  })

  it('the shared tier imports nothing outside vocabulary/ except zod, and the renderer may import it', async () => {
    // Outside vocabulary/: another layer, Node, a package, a path that climbs out.
    expect(await messages(`import { openStore } from '../db/store'\nvoid openStore\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import type { Contract } from '../electron/core/contract'\nexport type X = Contract\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import { readFileSync } from 'node:fs'\nvoid readFileSync\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import { createHash } from 'crypto'\nvoid createHash\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import { parsePhoneNumber } from 'libphonenumber-js'\nvoid parsePhoneNumber\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import { useState } from 'react'\nvoid useState\n`, 'vocabulary/x.ts')).not.toEqual([])
    expect(await messages(`import { ROLES } from './../db/roles'\nvoid ROLES\n`, 'vocabulary/x.ts')).not.toEqual([])
    // Inside: its own modules, and zod.
    expect(await messages(`import { ROLES } from './roles'\nvoid ROLES\n`, 'vocabulary/index.ts')).toEqual([])
    expect(await messages(`import type { Role } from './index'\nexport type X = Role\n`, 'vocabulary/access.ts')).toEqual([])
    expect(await messages(`import { z } from 'zod'\nvoid z\n`, 'vocabulary/x.ts')).toEqual([])
    expect(await messages(`import { PAYMENT_METHODS } from '../../vocabulary'\nvoid PAYMENT_METHODS\n`, 'renderer/src/x.ts')).toEqual([])
  })

  it('the shell and main import nothing from db/ or the core’s insides: the core is the one door', async () => {
    expect(await messages(`import { openStore } from '../../db/store'\nvoid openStore\n`, 'electron/shell/x.ts')).not.toEqual([])
    expect(await messages(`import { openStore } from '../db/store'\nvoid openStore\n`, 'electron/main.ts')).not.toEqual([])
    expect(await messages(`import { latestMigration } from '../migrations'\nvoid latestMigration\n`, 'electron/main.ts')).not.toEqual([])
    expect(await messages(`import { createDataGate } from '../core/app/data-gate'\nvoid createDataGate\n`, 'electron/shell/x.ts')).not.toEqual([])
    expect(await messages(`import { startCore } from './core'\nvoid startCore\n`, 'electron/main.ts')).toEqual([])
    expect(await messages(`import type { Result } from '../core/contract'\nexport type X = Result<null>\n`, 'electron/shell/x.ts')).toEqual([])
  })

  it('db/ imports nothing from electron/', async () => {
    expect(await messages(`import { openCore } from '../electron/core'\nvoid openCore\n`, 'db/x.ts')).not.toEqual([])
    expect(await messages(`import type { Logger } from '../../electron/core/context'\nexport type X = Logger\n`, 'db/customers/x.ts')).not.toEqual([])
    expect(await messages(`import { ROLES } from '../vocabulary'\nvoid ROLES\n`, 'db/x.ts')).toEqual([])
  })

  it('no core code writes by hand: transactions and change entries only on the mutation path', async () => {
    const rule = /no-restricted-syntax/
    const byHand = `export const f = (ctx: { store: { db: { sync: { transaction(w: () => void): void } } }; audit: { change(e: object): void } }) => {\n  ctx.store.db.sync.transaction(() => undefined)\n  ctx.audit.change({})\n}\n`
    expect(await messages(byHand, 'electron/core/customers/x.handlers.ts', rule)).toHaveLength(2)
    expect(await messages(byHand, 'electron/core/mutation.ts', rule)).toEqual([])
  })
})
