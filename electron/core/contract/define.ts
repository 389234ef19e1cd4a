import type { z } from 'zod'
import type { Role } from '../../../vocabulary'
import type { ErrorCode } from './result'

/** Who may call a method: anyone (even logged out), any logged-in user, or the listed roles. */
export type Access = 'anyone' | 'logged-in' | readonly Role[]

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly access: Access
  /** Phantom: carries the output type for `invoke`'s signature; never read at run time. */
  readonly output: O
  /**
   * 'app': answered in every state of the app (first run, locked, damaged data, ready), before
   * any session or setup check; its handler sees whether the data is open. Otherwise ('data',
   * the default) the method needs the data open and goes through the session and role checks.
   */
  readonly scope?: 'app'
  /**
   * Codes the handler (or the store beneath it) can answer, beyond those the pipeline gives by
   * access: VALIDATION and INTERNAL always, UNAUTHENTICATED and SETUP_REQUIRED unless 'anyone',
   * FORBIDDEN for a role list that leaves a role out. docs/api.md lists both.
   */
  readonly errors?: readonly ErrorCode[]
  /**
   * A read that screens repeat on a timer (the queue, today's visits, a backup's progress): it is
   * not a person at the counter, so it does not keep a session from timing out when idle.
   */
  readonly polled?: true
}

export type AppMethodSpec<I extends z.ZodType = z.ZodType, O = unknown> = MethodSpec<I, O> & { readonly scope: 'app'; readonly access: 'anyone' }

/** Declares a method's output type without a runtime value. */
export const returns = <O>(): O => undefined as O

export const method = <I extends z.ZodType, O>(spec: Omit<MethodSpec<I, O>, 'scope'>): MethodSpec<I, O> => spec

/** A method of the app itself, answered in every state (see MethodSpec.scope); anyone may call it, its handler decides. */
export const appMethod = <I extends z.ZodType, O>(spec: { input: I; output: O; errors?: readonly ErrorCode[] }): AppMethodSpec<I, O> => ({ ...spec, access: 'anyone', scope: 'app' })

type Merge<Slices extends readonly object[]> = Slices extends readonly [infer Head, ...infer Tail extends readonly object[]] ? Head & Merge<Tail> : unknown

/** Joins per-domain slices into one contract, refusing a method name defined twice. */
export function defineContract<const Slices extends readonly Record<string, MethodSpec>[]>(...slices: Slices): Merge<Slices> {
  const contract: Record<string, MethodSpec> = Object.create(null) as Record<string, MethodSpec>
  for (const slice of slices) {
    for (const [name, spec] of Object.entries(slice)) {
      if (Object.hasOwn(contract, name)) throw new Error(`The method ${name} is defined twice in the contract.`)
      contract[name] = spec
    }
  }
  return Object.freeze(contract) as Merge<Slices>
}
