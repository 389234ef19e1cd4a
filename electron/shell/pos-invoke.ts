import type { IpcMainInvokeEvent, WebContents } from 'electron'
import type { Connection } from '../core'
import { contract, type Result } from '../core/contract'
import type { DataGate } from './data-gate'
import { isTrustedSender } from './sender-check'

export type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Parlour.' } }
const LOCKED: Result<never> = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Unlock Parlour first.' } }
const UNAVAILABLE: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Parlour cannot open its data. Nothing has been changed.' } }

/** The passphrase methods' input, checked by the contract's own schema (the core is not open to do it). */
function passphraseOf(method: 'app.unlock' | 'app.createPassphrase', input: unknown): string | Result<never> {
  const parsed = contract[method].input.safeParse(input ?? {})
  if (parsed.success) return parsed.data.passphrase
  const message = parsed.error.issues[0]?.message ?? 'Enter the passphrase.'
  return { ok: false, error: { code: 'VALIDATION', message: 'Please check the highlighted fields.', fields: { passphrase: message } } }
}

/**
 * The `pos:invoke` handler. The sender is checked before anything else; a refused caller gets
 * FORBIDDEN and the core is never touched. Each window gets its own core connection (its own
 * session), made on its first call and closed when the window's web contents is destroyed.
 * Until the data is open, the app.* methods are answered here and everything else is refused.
 * The core's envelope is returned exactly as the core made it.
 */
export function createPosInvokeHandler(options: { gate: DataGate; isOwnWindow: (contents: WebContents) => boolean }) {
  const { gate } = options
  const connections = new Map<WebContents, Connection>()

  function connectionFor(contents: WebContents): Connection | null {
    const existing = connections.get(contents)
    if (existing) return existing
    const core = gate.core()
    if (!core) return null
    const connection = core.connect()
    connections.set(contents, connection)
    contents.once('destroyed', () => {
      connections.delete(contents)
      connection.close()
    })
    return connection
  }

  async function beforeTheCoreIsOpen(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (method === 'app.status') return { ok: true, value: await gate.status() }
    if (method === 'app.unlock' || method === 'app.createPassphrase') {
      const passphrase = passphraseOf(method, input)
      if (typeof passphrase !== 'string') return passphrase
      return method === 'app.unlock' ? gate.unlock(passphrase) : gate.createPassphrase(passphrase)
    }
    const status = await gate.status()
    return status.state === 'database-problem' ? UNAVAILABLE : LOCKED
  }

  return {
    async handle(event: InvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isTrustedSender(event, options.isOwnWindow)) return FORBIDDEN
      await gate.start()
      const connection = connectionFor(event.sender)
      if (connection) return connection.invoke(method as never, input as never)
      return beforeTheCoreIsOpen(method, input)
    },
    /** Closes every window's connection (the app is quitting). */
    closeAll(): void {
      for (const connection of connections.values()) connection.close()
      connections.clear()
    },
  }
}
