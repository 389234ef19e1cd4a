import { contract, type Invoke, type MethodName } from './contract'
import type { MethodSpec } from './contract/define'
import { ULID } from './contract/schemas'
import type { Result } from './contract/result'
import type { CoreServices, Handler, HandlerContext } from './context'
import { errorToResult, fail, ok, validationFailure } from './envelope'
import { handlers } from './handlers'
import { findForbiddenStaffKey } from './staff-guard'
import type { Session, SessionHolder } from './session/sessions'

/** Inputs are small JSON objects; anything bigger is refused before parsing. */
export const MAX_INPUT_BYTES = 256 * 1024

/** Methods that work before the first user exists. */
const BEFORE_SETUP: ReadonlySet<string> = new Set([
  'app.status',
  'app.unlock',
  'app.createPassphrase',
  'app.restoreBackup',
  'app.recoveryOptions',
  'app.pickPath',
  'session.state',
  'session.setupOwner',
])

export type Connection = {
  invoke: Invoke
  /** Ends the session and detaches from the core (the window closed). */
  close(): void
}

/**
 * One connection per window, each with its own session. `invoke` runs the pipeline every call
 * takes: method lookup → idle check → setup check → access check → input validation → handler
 * → staff output guard → envelope. It never rejects.
 */
export function createConnection(services: CoreServices, onClose: (holder: SessionHolder) => void): Connection {
  let session: Session | null = null
  let closed = false

  const holder: SessionHolder = {
    current: () => session,
    end: (reason) => {
      if (!session) return
      services.audit.read({ action: reason, user_id: session.user_id, target_id: session.user_id })
      session = null
    },
  }
  services.sessions.add(holder)

  const idleLimitMs = () => services.store.settings.get().idle_lock_minutes * 60_000

  async function dispatch(method: string, rawInput: unknown): Promise<Result<unknown>> {
    if (closed) return fail('UNAUTHENTICATED', 'This window has been closed.')
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return fail('VALIDATION', 'Unknown method.')
    const name = method as MethodName
    const spec = contract[name] as MethodSpec
    const now = services.clock().getTime()

    if (session && now - session.last_active_ms > idleLimitMs()) holder.end('session.idle_timeout')
    if (session) session.last_active_ms = now

    if (!BEFORE_SETUP.has(name) && !services.store.users.exists()) {
      return fail('SETUP_REQUIRED', 'Parlour is not set up yet: create the owner first.')
    }
    const access = spec.access
    if (access !== 'anyone') {
      if (!session) return fail('UNAUTHENTICATED', 'Please log in.')
      if (access !== 'logged-in' && !access.includes(session.role)) {
        services.audit.read({ action: name, user_id: session.user_id, outcome: 'denied', ...deniedTarget(name, rawInput) })
        return fail('FORBIDDEN', 'Your role cannot do this.')
      }
    }

    const plain = asPlainJson(rawInput)
    if (!plain.ok) return fail('VALIDATION', plain.reason)
    const parsed = spec.input.safeParse(plain.value)
    if (!parsed.success) return validationFailure(parsed.error)

    const ctx: HandlerContext = {
      ...services,
      session,
      actor: session ? { user_id: session.user_id, role: session.role } : { user_id: '', role: 'staff' },
      startSession: (next) => {
        if (session && session.user_id !== next.user_id) holder.end('session.replaced')
        session = { ...next, last_active_ms: services.clock().getTime() }
      },
      endSession: (reason) => holder.end(reason),
    }
    const handler = handlers[name] as Handler<MethodName>
    const value = await handler(ctx, parsed.data as never)

    // Second wall: whatever a handler returned, a staff session never receives customer fields.
    if (session?.role === 'staff') {
      const leaked = findForbiddenStaffKey(value)
      if (leaked) {
        services.logger.error('blocked a staff output containing a customer field', { method: name, key: leaked })
        return fail('FORBIDDEN', 'Your role cannot see customer details.')
      }
    }
    return ok(value)
  }

  return {
    invoke: (async (method: string, input: unknown) => {
      try {
        return await dispatch(method, input)
      } catch (error) {
        return errorToResult(error, typeof method === 'string' ? method.slice(0, 60) : 'unknown', services.logger)
      }
    }) as Invoke,
    close() {
      if (closed) return
      holder.end('session.window_closed')
      closed = true
      services.sessions.remove(holder)
      onClose(holder)
    },
  }
}

/** For a refused call, which record it aimed at, if the raw input names one by a well-formed id. */
function deniedTarget(method: string, input: unknown): { target_id?: string; customer_id?: string } {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown; customer_id?: unknown }) : {}
  const target = [id.customer_id, id.id].find((value): value is string => typeof value === 'string' && ULID.test(value))
  if (!target) return {}
  return method.startsWith('customers.') || id.customer_id === target ? { target_id: target, customer_id: target } : { target_id: target }
}

/**
 * Only plain JSON crosses the boundary (ARCHITECTURE rule 5). A round trip through JSON drops
 * anything else (functions, prototypes, Dates become strings) and bounds the size.
 */
function asPlainJson(input: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (input === undefined) return { ok: true, value: {} }
  let text: string | undefined
  try {
    text = JSON.stringify(input)
  } catch {
    return { ok: false, reason: 'The request is not plain data.' }
  }
  if (text === undefined) return { ok: false, reason: 'The request is not plain data.' }
  if (text.length > MAX_INPUT_BYTES) return { ok: false, reason: 'The request is too large.' }
  return { ok: true, value: JSON.parse(text) as unknown }
}
