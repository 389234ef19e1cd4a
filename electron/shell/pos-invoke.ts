import type { Connection, Core } from '../core'
import { contract, type Input, type ParsedInput, type Result } from '../core/contract'
import { validationFailure } from '../core/envelope'
import type { DataGate } from './data-gate'
import type { InvokeEventPort, WebContentsPort } from './electron-ports'
import { isTrustedSender } from './sender-check'

/** `app.pickPath`'s input, validated. */
export type PickPathRequest = Input<'app.pickPath'>
/** Shows the system's file dialog over the calling window; null when cancelled. */
export type PickPath<C = WebContentsPort> = (contents: C, request: PickPathRequest) => Promise<string | null>

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Parlour.' } }
const LOCKED: Result<never> = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Unlock Parlour first.' } }
const UNAVAILABLE: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Parlour cannot open its data. Nothing has been changed.' } }

/** A method's input checked by the contract's own schema, for methods the shell answers itself (the core is not open to do it). */
function parseInput<M extends 'app.pickPath' | 'app.restoreBackup' | 'app.unlock' | 'app.createPassphrase'>(
  method: M,
  input: unknown,
): { ok: true; value: ParsedInput<M> } | { ok: false; result: Result<never> } {
  const parsed = contract[method].input.safeParse(input ?? {})
  return parsed.success ? { ok: true, value: parsed.data as ParsedInput<M> } : { ok: false, result: validationFailure(parsed.error) }
}

/**
 * The `pos:invoke` handler. The sender is checked before anything else; a refused caller gets
 * FORBIDDEN and the core is never touched. Each window gets its own core connection (its own
 * session), made on its first call and closed when the window's web contents is destroyed.
 * Until the data is open, the app.* methods are answered here and everything else is refused.
 * `app.pickPath` is always the shell's (the core has no dialogs). While the database is damaged
 * the recovery screen's methods (`app.status`, `app.recoveryOptions`, `app.restoreBackup`) are
 * the gate's, even where damage found in the background left the core serving a running bill.
 * The core's envelope is returned exactly as the core made it.
 */
export function createPosInvokeHandler<C extends WebContentsPort>(options: { gate: DataGate; isOwnWindow: (contents: C) => boolean; pickPath?: PickPath<C> }) {
  const { gate } = options
  const pickPath: PickPath<C> = options.pickPath ?? (async () => null)
  const connections = new Map<C, { core: Core; connection: Connection }>()

  function connectionFor(contents: C): Connection | null {
    const core = gate.core()
    const existing = connections.get(contents)
    if (existing?.core === core) return existing.connection
    // The core was replaced (a restore from the recovery screen): the old session ended with it.
    if (existing) {
      connections.delete(contents)
      existing.connection.close()
    }
    if (!core) return null
    const connection = core.connect()
    const entry = { core, connection }
    connections.set(contents, entry)
    if (!existing) {
      contents.once('destroyed', () => {
        connections.get(contents)?.connection.close()
        connections.delete(contents)
      })
    }
    return connection
  }

  async function pick(contents: C, input: unknown): Promise<Result<{ path: string | null }>> {
    const request = parseInput('app.pickPath', input)
    if (!request.ok) return request.result
    try {
      return { ok: true, value: { path: await pickPath(contents, request.value) } }
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The file dialog could not be shown. Type the path instead.' } }
    }
  }

  /** The recovery screen, while the database is damaged; null for every other method. */
  async function recovery(method: unknown, input: unknown): Promise<Result<unknown> | null> {
    if (method === 'app.status') return { ok: true, value: await gate.status() }
    if (method === 'app.recoveryOptions') return { ok: true, value: await gate.recoveryOptions() }
    if (method === 'app.restoreBackup') {
      const request = parseInput('app.restoreBackup', input)
      if (!request.ok) return request.result
      return gate.restoreBackup(request.value.file, request.value.passphrase)
    }
    return null
  }

  async function beforeTheCoreIsOpen(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (method === 'app.status') return { ok: true, value: await gate.status() }
    if (method === 'app.unlock' || method === 'app.createPassphrase') {
      const request = parseInput(method, input)
      if (!request.ok) return request.result
      return method === 'app.unlock' ? gate.unlock(request.value.passphrase) : gate.createPassphrase(request.value.passphrase)
    }
    const status = await gate.status()
    return status.state === 'database-problem' ? UNAVAILABLE : LOCKED
  }

  return {
    async handle(event: InvokeEventPort<C>, method: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isTrustedSender(event, options.isOwnWindow)) return FORBIDDEN
      if (method === 'app.pickPath') return pick(event.sender, input)
      await gate.start()
      const answered = gate.inRecovery() ? await recovery(method, input) : null
      if (answered) return answered
      const connection = connectionFor(event.sender)
      if (connection) return connection.invoke(method as never, input as never)
      return beforeTheCoreIsOpen(method, input)
    },
    /** Closes every window's connection (the app is quitting). */
    closeAll(): void {
      for (const { connection } of connections.values()) connection.close()
      connections.clear()
    },
  }
}
