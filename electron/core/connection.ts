import { contract, type AppMethod, type DataMethod, type Invoke, type MethodName } from './contract'
import type { MethodSpec } from './contract/define'
import { ULID } from './contract/schemas'
import type { Result } from './contract/result'
import type { AppContext, AppHandler, CoreLife, Handler, HandlerContext, OpenData } from './context'
import { errorToResult, fail, ok, validationFailure } from './envelope'
import { appHandlers, handlers } from './handlers'
import { mutate, recordAction } from './mutation'
import { readView } from '../../db/store-views'
import type { Session, SessionHolder } from './session/sessions'
import { findForbiddenStaffKey } from './staff-guard'
import { allows } from '../../vocabulary'

/** Inputs are small JSON objects; anything bigger is refused before parsing. */
export const MAX_INPUT_BYTES = 256 * 1024

/** Methods of the data that work before the first user exists. */
const BEFORE_SETUP: ReadonlySet<string> = new Set(['session.state', 'session.setupOwner'])

export type Connection = {
  invoke: Invoke
  /** Ends the session and detaches from the core (the window closed). */
  close(): void
}

const isAppMethod = (spec: MethodSpec): boolean => spec.scope === 'app'

/**
 * One connection per window, each with its own session, and the one dispatcher every method
 * goes through in every state of the app. `invoke` runs the pipeline: method lookup → idle
 * check → (app methods: input validation → handler, whatever state the data is in) → the data
 * must be open → setup check → access check → input validation → handler → staff output guard
 * → envelope. It never rejects.
 */
export function createConnection(life: CoreLife, origin: unknown, onClose: (holder: SessionHolder) => void): Connection {
  let session: Session | null = null
  let closed = false

  const holder: SessionHolder = {
    current: () => session,
    end: (reason) => {
      if (!session) return
      life.audit.read({ action: reason, user_id: session.user_id, target_id: session.user_id })
      session = null
    },
  }
  life.sessions.add(holder)

  const idleLimitMs = (data: OpenData) => data.store.settings.get().idle_lock_minutes * 60_000

  /** A data method while the data is not open: why not, in the words the gate screen understands. */
  async function refusal(): Promise<Result<never>> {
    const status = await life.gate.status()
    return status.state === 'database-problem'
      ? fail('INTERNAL', 'Parlour cannot open its data. Nothing has been changed.')
      : fail('UNAUTHENTICATED', 'Unlock Parlour first.')
  }

  async function dispatch(method: string, rawInput: unknown): Promise<Result<unknown>> {
    if (closed) return fail('UNAUTHENTICATED', 'This window has been closed.')
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return fail('VALIDATION', 'Unknown method.')
    const name = method as MethodName
    const spec = contract[name] as MethodSpec
    // The first call of a window may come before the core has decided how the data opens.
    await life.gate.start()
    const data = life.gate.data()
    const now = life.clock().getTime()

    if (session && data && now - session.last_active_ms > idleLimitMs(data)) holder.end('session.idle_timeout')
    // A screen's timer asking again is not a person at the counter: it keeps no session alive.
    if (session && !spec.polled) session.last_active_ms = now

    if (isAppMethod(spec)) {
      const input = parseInput(spec, rawInput)
      if (!input.ok) return input.result
      const ctx: AppContext = { ...life, data, session, origin }
      const handler = appHandlers[name as AppMethod] as AppHandler<AppMethod>
      return ok(await handler(ctx, input.value as never))
    }

    if (!data) return refusal()
    if (!BEFORE_SETUP.has(name) && !data.store.users.exists()) {
      return fail('SETUP_REQUIRED', 'Parlour is not set up yet: create the owner first.')
    }
    const access = spec.access
    if (access !== 'anyone') {
      if (!session) return fail('UNAUTHENTICATED', 'Please log in.')
      if (!allows(access, session.role)) {
        life.audit.read({ action: name, user_id: session.user_id, outcome: 'denied', ...deniedTarget(name, rawInput) })
        return fail('FORBIDDEN', 'Your role cannot do this.')
      }
    }

    const input = parseInput(spec, rawInput)
    if (!input.ok) return input.result
    const actor = session ? { user_id: session.user_id, role: session.role } : { user_id: '', role: 'staff' as const }
    const ctx: HandlerContext = {
      ...life,
      ...data,
      store: readView(data.store),
      zone: () => data.store.settings.get().time_zone,
      session,
      origin,
      actor,
      startSession: (next) => {
        if (session && session.user_id !== next.user_id) holder.end('session.replaced')
        session = { ...next, last_active_ms: life.clock().getTime() }
      },
      endSession: (reason) => holder.end(reason),
      mutate: (work, describe) => mutate(data.store, life.audit, session?.user_id ?? null, work, describe),
      recordAction: (record) => recordAction(data.store, life.audit, session?.user_id ?? null, record),
    }
    const handler = handlers[name as DataMethod] as Handler<DataMethod>
    const value = await handler(ctx, input.value as never)

    // Second wall: whatever a handler returned, a staff session never receives customer fields.
    if (session?.role === 'staff') {
      const leaked = findForbiddenStaffKey(value)
      if (leaked) {
        life.logger.error('blocked a staff output containing a customer field', { method: name, key: leaked })
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
        return errorToResult(error, typeof method === 'string' ? method.slice(0, 60) : 'unknown', life.logger)
      }
    }) as Invoke,
    close() {
      if (closed) return
      holder.end('session.window_closed')
      closed = true
      life.sessions.remove(holder)
      onClose(holder)
    },
  }
}

/** The raw input as plain JSON, checked by the method's schema. */
function parseInput(spec: MethodSpec, rawInput: unknown): { ok: true; value: unknown } | { ok: false; result: Result<never> } {
  const plain = asPlainJson(rawInput)
  if (!plain.ok) return { ok: false, result: fail('VALIDATION', plain.reason) }
  const parsed = spec.input.safeParse(plain.value)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, result: validationFailure(parsed.error) }
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
