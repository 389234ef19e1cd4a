import type { ApiError, Input, MethodName, Output, Result } from './contract'

/** Methods whose UNAUTHENTICATED answer is about the credentials given, not an ended session. */
const ANSWERS_ABOUT_CREDENTIALS: ReadonlySet<MethodName> = new Set(['session.login', 'session.logout', 'session.setupOwner'])

type SessionEndedListener = () => void
let sessionEnded: SessionEndedListener | null = null

/** The shell registers what to do when the core says the session is over (idle, deactivated). */
export function onSessionEnded(listener: SessionEndedListener | null): void {
  sessionEnded = listener
}

const UNREACHABLE: ApiError = { code: 'INTERNAL', message: 'Parlour could not reach its data just now. Try again.' }

/**
 * `window.pos.invoke` with the contract's types. It never rejects: a broken bridge becomes an
 * INTERNAL envelope, and an ended session (UNAUTHENTICATED) locks the screen.
 */
export async function pos<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  let result: Result<Output<M>>
  try {
    result = await window.pos.invoke(method, input)
  } catch {
    result = { ok: false, error: UNREACHABLE }
  }
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && !ANSWERS_ABOUT_CREDENTIALS.has(method)) sessionEnded?.()
  return result
}
