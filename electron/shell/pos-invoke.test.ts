import { describe, expect, it, vi } from 'vitest'
import type { Core, Connection } from '../core'
import type { AppStatus, Result } from '../core/contract'
import { StandInWebContents } from '../testing/stand-in-electron'
import type { DataGate } from './data-gate'
import { createPosInvokeHandler, type InvokeEvent } from './pos-invoke'

const APP_URL = 'app://parlour/index.html'

/** A core that records every use; its connections answer with a fixed, recognisable envelope. */
function spyCore() {
  const envelope = { ok: true as const, value: { from: 'the core' } }
  const connections: { invoke: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> }[] = []
  const core = {
    connect: vi.fn(() => {
      const connection = { invoke: vi.fn(async () => envelope), close: vi.fn() }
      connections.push(connection)
      return connection as unknown as Connection
    }),
    close: vi.fn(async () => undefined),
    store: {} as Core['store'],
  } satisfies Core
  return { core, connections, envelope }
}

/** A gate in a chosen state: the core is open when ready; the right passphrase opens a locked one. */
function gateIn(status: AppStatus, core: Core | null = null) {
  let current = status
  let open = status.state === 'ready' ? core : null
  const gate: DataGate = {
    start: vi.fn(async () => current),
    status: vi.fn(async () => current),
    core: () => open,
    unlock: vi.fn(async (passphrase: string): Promise<Result<AppStatus>> => {
      if (passphrase !== 'the right passphrase') return { ok: false, error: { code: 'VALIDATION', message: 'wrong' } }
      current = { state: 'ready' }
      open = core
      return { ok: true, value: current }
    }),
    createPassphrase: vi.fn(async (): Promise<Result<AppStatus>> => ({ ok: true, value: current })),
    close: vi.fn(async () => undefined),
  }
  return gate
}

function window(url = APP_URL) {
  const contents = new StandInWebContents(url)
  return { contents, event: { sender: contents, senderFrame: contents.mainFrame } as unknown as InvokeEvent }
}

describe('pos:invoke handler', () => {
  it('refuses foreign origins, subframes, gone frames and web contents it did not create with FORBIDDEN, before the core or the gate is touched', async () => {
    const { core } = spyCore()
    const gate = gateIn({ state: 'ready' }, core)
    const own = window()
    const handler = createPosInvokeHandler({ gate, isOwnWindow: (contents: unknown) => contents === own.contents })
    const foreign = window('https://evil.test/')
    const notOurs = window()
    const events = [
      { sender: own.contents, senderFrame: own.contents.subframe(APP_URL) },
      { sender: own.contents, senderFrame: own.contents.subframe('https://evil.test/') },
      { sender: own.contents, senderFrame: null },
      { sender: foreign.contents, senderFrame: foreign.contents.mainFrame },
      notOurs.event,
    ] as unknown as InvokeEvent[]
    for (const event of events) {
      expect(await handler.handle(event, 'customers.search', { query: 'priya' })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    }
    expect(core.connect).not.toHaveBeenCalled()
    expect(gate.start).not.toHaveBeenCalled()
    expect(gate.unlock).not.toHaveBeenCalled()
  })

  it('returns the core envelope unchanged, with one connection per window, closed when the window goes', async () => {
    const { core, connections, envelope } = spyCore()
    const a = window()
    const b = window()
    const handler = createPosInvokeHandler({ gate: gateIn({ state: 'ready' }, core), isOwnWindow: () => true })
    expect(await handler.handle(a.event, 'customers.search', { query: 'priya' })).toBe(envelope)
    await handler.handle(a.event, 'session.state', {})
    await handler.handle(b.event, 'session.state', {})
    expect(core.connect).toHaveBeenCalledTimes(2)
    expect(connections[0]!.invoke.mock.calls).toEqual([
      ['customers.search', { query: 'priya' }],
      ['session.state', {}],
    ])
    a.contents.destroy()
    expect(connections[0]!.close).toHaveBeenCalledOnce()
    expect(connections[1]!.close).not.toHaveBeenCalled()
    handler.closeAll()
    expect(connections[1]!.close).toHaveBeenCalledOnce()
  })

  it('before the data is open: answers app.* itself, refuses everything else, and connects once unlocked', async () => {
    const { core } = spyCore()
    const locked: AppStatus = { state: 'passphrase-required', reason: 'weak-key-store', message: 'Enter the passphrase.' }
    const gate = gateIn(locked, core)
    const { event } = window()
    const handler = createPosInvokeHandler({ gate, isOwnWindow: () => true })
    expect(await handler.handle(event, 'app.status', {})).toEqual({ ok: true, value: locked })
    expect(await handler.handle(event, 'customers.search', { query: 'priya' })).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Unlock Parlour first.' } })
    expect(await handler.handle(event, 'app.unlock', { passphrase: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } } })
    expect(await handler.handle(event, 'app.unlock', { passphrase: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(gate.unlock).not.toHaveBeenCalled()
    expect(await handler.handle(event, 'app.unlock', { passphrase: 'a wrong passphrase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(core.connect).not.toHaveBeenCalled()
    expect(await handler.handle(event, 'app.unlock', { passphrase: 'the right passphrase' })).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await handler.handle(event, 'customers.search', { query: 'priya' })).toMatchObject({ ok: true, value: { from: 'the core' } })
    expect(core.connect).toHaveBeenCalledOnce()
  })

  it('a database problem refuses every method but app.* with a plain error', async () => {
    const problem: AppStatus = { state: 'database-problem', reason: 'corrupt', message: 'damaged' }
    const handler = createPosInvokeHandler({ gate: gateIn(problem), isOwnWindow: () => true })
    const { event } = window()
    expect(await handler.handle(event, 'app.status', {})).toEqual({ ok: true, value: problem })
    expect(await handler.handle(event, 'session.state', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
