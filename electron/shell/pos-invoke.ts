import type { Connection, Core } from '../core'
import type { Result } from '../core/contract'
import type { InvokeEventPort, WebContentsPort } from './electron-ports'
import { isTrustedSender } from './sender-check'

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This window may not use Parlour.' } }

/**
 * The `pos:invoke` handler. The sender is checked before anything else; a refused caller gets
 * FORBIDDEN and the core is never touched. Each window gets its own core connection (its own
 * session), made on its first call and closed when the window's web contents is destroyed.
 * Everything else is the core's: every method, in every state of the app, is answered by its
 * one dispatcher, and its envelope is returned exactly as the core made it.
 */
export function createPosInvokeHandler<C extends WebContentsPort>(options: { core: Core; isOwnWindow: (contents: C) => boolean }) {
  const { core } = options
  const connections = new Map<C, Connection>()

  function connectionFor(contents: C): Connection {
    const existing = connections.get(contents)
    if (existing) return existing
    // The window is the connection's origin: dialogs the core asks for are shown over it.
    const connection = core.connect(contents)
    connections.set(contents, connection)
    contents.once('destroyed', () => {
      connections.get(contents)?.close()
      connections.delete(contents)
    })
    return connection
  }

  return {
    async handle(event: InvokeEventPort<C>, method: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isTrustedSender(event, options.isOwnWindow)) return FORBIDDEN
      return connectionFor(event.sender).invoke(method as never, input as never)
    },
    /** Closes every window's connection (the app is quitting). */
    closeAll(): void {
      for (const connection of connections.values()) connection.close()
      connections.clear()
    },
  }
}
