import type { Connection } from '../../electron/core'
import type { Input, MethodName, Output, Result } from '../../electron/core/contract'

/** Unwraps an ok envelope, or throws with the error it carried (tests, specs and the benchmark). */
export async function must<M extends MethodName>(connection: Connection, method: M, input: Input<M>): Promise<Output<M>> {
  const result = (await connection.invoke(method, input)) as Result<Output<M>>
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`)
  return result.value
}
