import { describe, expect, it, vi } from 'vitest'
import type { Core, Connection } from '../core'
import { StandInWebContents } from '../testing/stand-in-electron'
import type { InvokeEventPort } from './electron-ports'
import { createPosInvokeHandler } from './pos-invoke'

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
    start: vi.fn(async () => ({ state: 'ready' as const })),
    store: {} as Core['store'],
    dailyBackup: Promise.resolve(null),
  } satisfies Core
  return { core, connections, envelope }
}

function window(url = APP_URL) {
  const contents = new StandInWebContents(url)
  return { contents, event: { sender: contents, senderFrame: contents.mainFrame } as unknown as InvokeEventPort }
}

describe('pos:invoke handler', () => {
  it('refuses foreign origins, subframes, gone frames and web contents it did not create with FORBIDDEN, before the core is touched', async () => {
    const { core } = spyCore()
    const own = window()
    const handler = createPosInvokeHandler({ core, isOwnWindow: (contents: unknown) => contents === own.contents })
    const foreign = window('https://evil.test/')
    const notOurs = window()
    const events = [
      { sender: own.contents, senderFrame: own.contents.subframe(APP_URL) },
      { sender: own.contents, senderFrame: own.contents.subframe('https://evil.test/') },
      { sender: own.contents, senderFrame: null },
      { sender: foreign.contents, senderFrame: foreign.contents.mainFrame },
      notOurs.event,
    ] as unknown as InvokeEventPort[]
    for (const event of events) {
      expect(await handler.handle(event, 'customers.search', { query: 'priya' })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    }
    expect(core.connect).not.toHaveBeenCalled()
    expect(core.start).not.toHaveBeenCalled()
  })

  it('hands every method to the core and returns its envelope unchanged, with one connection per window (the window its origin), closed when the window goes', async () => {
    const { core, connections, envelope } = spyCore()
    const a = window()
    const b = window()
    const handler = createPosInvokeHandler({ core, isOwnWindow: () => true })
    expect(await handler.handle(a.event, 'customers.search', { query: 'priya' })).toBe(envelope)
    await handler.handle(a.event, 'session.state', {})
    await handler.handle(b.event, 'session.state', {})
    await handler.handle(a.event, 'app.unlock', { passphrase: 'typed at the gate' })
    expect(core.connect).toHaveBeenCalledTimes(2)
    expect(core.connect.mock.calls).toEqual([[a.contents], [b.contents]])
    expect(connections[0]!.invoke.mock.calls).toEqual([
      ['customers.search', { query: 'priya' }],
      ['session.state', {}],
      ['app.unlock', { passphrase: 'typed at the gate' }],
    ])
    a.contents.destroy()
    expect(connections[0]!.close).toHaveBeenCalledOnce()
    expect(connections[1]!.close).not.toHaveBeenCalled()
    handler.closeAll()
    expect(connections[1]!.close).toHaveBeenCalledOnce()
  })
})
