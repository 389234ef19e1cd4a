import { describe, expect, it, vi } from 'vitest'
import type { Core, Connection } from '../core'
import type { AppStatus, Result } from '../core/contract'
import { StandInWebContents } from '../testing/stand-in-electron'
import type { DataGate } from './data-gate'
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
    store: {} as Core['store'],
  } satisfies Core
  return { core, connections, envelope }
}

/** A gate in a chosen state: the core is open when ready; the right passphrase opens a locked one. */
function gateIn(status: AppStatus, core: Core | null = null) {
  let current = status
  let open = status.state === 'ready' ? core : null
  const gate: DataGate & { set(status: AppStatus, core: Core | null): void } = {
    set(next, nextCore) {
      current = next
      open = nextCore
    },
    inRecovery: () => current.state === 'database-problem' && current.reason === 'corrupt',
    recoveryOptions: vi.fn(async () => ({ backups: [] })),
    restoreBackup: vi.fn(async (): Promise<Result<AppStatus>> => ({ ok: true, value: { state: 'ready' } })),
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
  return { contents, event: { sender: contents, senderFrame: contents.mainFrame } as unknown as InvokeEventPort }
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
    ] as unknown as InvokeEventPort[]
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

  it('app.pickPath is answered by the shell before and after the data is open, never by the core', async () => {
    const { core, connections } = spyCore()
    const locked: AppStatus = { state: 'passphrase-required', reason: 'weak-key-store', message: 'Enter the passphrase.' }
    const gate = gateIn(locked, core)
    const asked: unknown[] = []
    const own = window()
    const pickPath = vi.fn(async (contents: unknown, request: unknown) => {
      asked.push([contents, request])
      return asked.length === 1 ? '/media/usb/backups' : null
    })
    const handler = createPosInvokeHandler({ gate, isOwnWindow: () => true, pickPath })
    expect(await handler.handle(own.event, 'app.pickPath', { kind: 'folder' })).toEqual({ ok: true, value: { path: '/media/usb/backups' } })
    await gate.unlock('the right passphrase')
    expect(await handler.handle(own.event, 'app.pickPath', { kind: 'save-csv', suggested_name: 'customers.csv' })).toEqual({ ok: true, value: { path: null } })
    expect(asked).toEqual([
      [own.contents, { kind: 'folder' }],
      [own.contents, { kind: 'save-csv', suggested_name: 'customers.csv' }],
    ])
    expect(core.connect).not.toHaveBeenCalled()
    expect(connections).toEqual([])
  })

  it('app.pickPath: a bad request is a VALIDATION error without a dialog; a failing dialog is an envelope, not a rejection', async () => {
    const pickPath = vi.fn(async () => {
      throw new Error('no display')
    })
    const handler = createPosInvokeHandler({ gate: gateIn({ state: 'ready' }, spyCore().core), isOwnWindow: () => true, pickPath })
    const { event } = window()
    expect(await handler.handle(event, 'app.pickPath', { kind: 'anything' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { kind: expect.any(String) } } })
    expect(await handler.handle(event, 'app.pickPath', { kind: 'folder', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { path: expect.any(String) } } })
    expect(pickPath).not.toHaveBeenCalled()
    expect(await handler.handle(event, 'app.pickPath', { kind: 'folder' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    // From a foreign page, no dialog at all.
    const foreign = window('https://evil.test/')
    expect(await handler.handle(foreign.event, 'app.pickPath', { kind: 'folder' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(pickPath).toHaveBeenCalledOnce()
  })

  it('without a picker (no dialogs), app.pickPath answers null like the core', async () => {
    const handler = createPosInvokeHandler({ gate: gateIn({ state: 'ready' }, spyCore().core), isOwnWindow: () => true })
    expect(await handler.handle(window().event, 'app.pickPath', { kind: 'backup-file' })).toEqual({ ok: true, value: { path: null } })
  })

  it('a damaged database: the recovery methods go to the gate, validated; outside that state they are refused as before', async () => {
    const damaged: AppStatus = { state: 'database-problem', reason: 'corrupt', message: 'damaged' }
    const gate = gateIn(damaged)
    const handler = createPosInvokeHandler({ gate, isOwnWindow: () => true })
    const { event } = window()
    expect(await handler.handle(event, 'app.recoveryOptions', {})).toEqual({ ok: true, value: { backups: [] } })
    expect(await handler.handle(event, 'app.restoreBackup', { file: 'relative.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { file: expect.any(String) } } })
    expect(gate.restoreBackup).not.toHaveBeenCalled()
    expect(await handler.handle(event, 'app.restoreBackup', { file: '/backups/parlour-1.db', passphrase: 'p' })).toEqual({ ok: true, value: { state: 'ready' } })
    expect(gate.restoreBackup).toHaveBeenCalledExactlyOnceWith('/backups/parlour-1.db', 'p')

    for (const other of [{ state: 'database-problem', reason: 'newer-version', message: 'newer' }, { state: 'passphrase-required', reason: 'weak-key-store', message: 'enter it' }] as AppStatus[]) {
      const elsewhere = gateIn(other)
      const refusing = createPosInvokeHandler({ gate: elsewhere, isOwnWindow: () => true })
      const code = other.state === 'database-problem' ? 'INTERNAL' : 'UNAUTHENTICATED'
      expect(await refusing.handle(event, 'app.recoveryOptions', {})).toMatchObject({ ok: false, error: { code } })
      expect(await refusing.handle(event, 'app.restoreBackup', { file: '/backups/parlour-1.db' })).toMatchObject({ ok: false, error: { code } })
      expect(elsewhere.recoveryOptions).not.toHaveBeenCalled()
      expect(elsewhere.restoreBackup).not.toHaveBeenCalled()
    }
  })

  it('damage found while the core serves: app.status and the recovery methods are the gate’s, everything else still reaches the core; a replaced core gets new connections', async () => {
    const first = spyCore()
    const gate = gateIn({ state: 'ready' }, first.core)
    const handler = createPosInvokeHandler({ gate, isOwnWindow: () => true })
    const { event } = window()
    expect(await handler.handle(event, 'app.status', {})).toBe(first.envelope) // ready: the core answers, as before
    expect(await handler.handle(event, 'app.recoveryOptions', {})).toBe(first.envelope)
    const damaged: AppStatus = { state: 'database-problem', reason: 'corrupt', message: 'found in the background' }
    gate.set(damaged, first.core)
    expect(await handler.handle(event, 'app.status', {})).toEqual({ ok: true, value: damaged })
    expect(await handler.handle(event, 'app.recoveryOptions', {})).toEqual({ ok: true, value: { backups: [] } })
    expect(await handler.handle(event, 'bills.post', { items: [] })).toBe(first.envelope) // the running bill is not cut off
    expect(first.connections[0]!.invoke.mock.calls.map(([method]) => method)).toEqual(['app.status', 'app.recoveryOptions', 'bills.post'])

    const second = spyCore()
    gate.set({ state: 'ready' }, second.core) // restored from the recovery screen
    expect(await handler.handle(event, 'session.state', {})).toBe(second.envelope)
    expect(first.connections[0]!.close).toHaveBeenCalledOnce()
    expect(second.core.connect).toHaveBeenCalledOnce()
  })
})
