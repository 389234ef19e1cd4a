import type { Page } from 'playwright'
import type { Connection } from '../../electron/core'
import type { MethodName, Result } from '../../electron/core/contract'

/** One call the page made through `window.pos.invoke`, and the envelope it received. */
export type Envelope = { method: string; input: unknown; result: Result<unknown> }

const BINDING = '__parlourPosInvoke'

/**
 * What the preload does in the desktop app, done by Playwright: the page gets `window.pos` with
 * exactly one function, `invoke(method, input)`, which reaches this page's own core connection
 * (one connection per window, as in the shell) and resolves to the same JSON envelope.
 * Every envelope is recorded so specs can assert on what the page was given.
 */
export async function bridgePage(page: Page, connection: Connection, received: Envelope[]): Promise<void> {
  await page.exposeBinding(BINDING, async (_source, method: unknown, input: unknown) => {
    // Only plain JSON crosses, as over IPC.
    const result = await connection.invoke(String(method) as MethodName, input as never)
    const envelope = JSON.parse(JSON.stringify(result)) as Result<unknown>
    received.push({ method: String(method), input: input === undefined ? undefined : (JSON.parse(JSON.stringify(input)) as unknown), result: envelope })
    return envelope
  })
  // As source text, so no compiler helper (tsx's `__name`) travels into the page with it.
  await page.addInitScript({
    content: `(() => {
      const call = globalThis[${JSON.stringify(BINDING)}];
      delete globalThis[${JSON.stringify(BINDING)}];
      Object.defineProperty(globalThis, 'pos', {
        value: Object.freeze({ invoke: (method, input) => call(method, input) }),
        enumerable: true,
      });
    })();`,
  })
}
