import type { z } from 'zod'
import { METHOD_ACCESS, type Access, type MethodName } from '../../../vocabulary'
import type { ErrorCode } from './result'

/** Who may call a method: anyone (even logged out), any logged-in user, or the listed roles. */
export type { Access }

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  /** From the shared tier's METHOD_ACCESS (vocabulary/access.ts): slices never declare it. */
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

/** What a slice declares of a method: everything but its access, which METHOD_ACCESS holds. */
export type MethodDeclaration<I extends z.ZodType = z.ZodType, O = unknown> = Omit<MethodSpec<I, O>, 'access'>

/** Declares a method's output type without a runtime value. */
export const returns = <O>(): O => undefined as O

export const method = <I extends z.ZodType, O>(spec: Omit<MethodSpec<I, O>, 'scope' | 'access'>): MethodDeclaration<I, O> => spec

/** A method of the app itself, answered in every state (see MethodSpec.scope); anyone may call it (METHOD_ACCESS says so), its handler decides. */
export const appMethod = <I extends z.ZodType, O>(spec: { input: I; output: O; errors?: readonly ErrorCode[] }): MethodDeclaration<I, O> & { readonly scope: 'app' } => ({ ...spec, scope: 'app' })

type Merge<Slices extends readonly object[]> = Slices extends readonly [infer Head, ...infer Tail extends readonly object[]] ? Head & Merge<Tail> : unknown

/** Each declared method with the access METHOD_ACCESS gives it. */
type WithAccess<Methods> = { [M in keyof Methods]: Methods[M] & { readonly access: M extends MethodName ? (typeof METHOD_ACCESS)[M] : never } }

/**
 * Joins per-domain slices into one contract, refusing a method name defined twice, a method
 * METHOD_ACCESS does not list, and a listed method no slice defines. Each method's access is the
 * table's: the renderer reads the same table to decide what a role is shown.
 */
export function defineContract<const Slices extends readonly Partial<Record<MethodName, MethodDeclaration>>[]>(...slices: Slices): WithAccess<Merge<Slices>> {
  const contract: Record<string, MethodSpec> = Object.create(null) as Record<string, MethodSpec>
  for (const slice of slices) {
    for (const [name, declaration] of Object.entries(slice) as [string, MethodDeclaration][]) {
      if (Object.hasOwn(contract, name)) throw new Error(`The method ${name} is defined twice in the contract.`)
      if (!Object.hasOwn(METHOD_ACCESS, name)) throw new Error(`The method ${name} has no access in METHOD_ACCESS (vocabulary/access.ts).`)
      const access: Access = METHOD_ACCESS[name as MethodName]
      if (declaration.scope === 'app' && access !== 'anyone') throw new Error(`The app method ${name} must be open to anyone in METHOD_ACCESS: its handler decides.`)
      contract[name] = { ...declaration, access }
    }
  }
  const missing = Object.keys(METHOD_ACCESS).filter((name) => !Object.hasOwn(contract, name))
  if (missing.length > 0) throw new Error(`METHOD_ACCESS lists methods the contract does not define: ${missing.join(', ')}.`)
  return Object.freeze(contract) as unknown as WithAccess<Merge<Slices>>
}
