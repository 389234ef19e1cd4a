import type { z } from 'zod'
import { analyticsContract } from './analytics.contract'
import { appContract } from './app.contract'
import { auditContract } from './audit.contract'
import { billsContract } from './bills.contract'
import { visitsContract } from './visits.contract'
import { customersContract } from './customers.contract'
import { dataSafetyContract } from './data-safety.contract'
import { defineContract } from './define'
import type { Result } from './result'
import { sessionContract } from './session.contract'
import { settingsContract } from './settings.contract'
import { usersContract } from './users.contract'

/**
 * The one contract between the renderer and the main process, built from per-domain slices.
 * The renderer may only `import type` from here; the schemas run in the main process.
 */
export const contract = defineContract(
  appContract,
  sessionContract,
  usersContract,
  customersContract,
  billsContract,
  visitsContract,
  analyticsContract,
  settingsContract,
  auditContract,
  dataSafetyContract,
)

export type Contract = typeof contract
export type MethodName = keyof Contract & string
/** What a caller passes (before defaults and normalisation). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
/** What a handler receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Contract[M]['output']

/** `window.pos.invoke` and `connection.invoke`: a typo or a wrong field fails type checking. */
export type Invoke = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>
export type PosBridge = { invoke: Invoke }

export const methodNames = Object.keys(contract) as MethodName[]

export type { ApiError, ErrorCode, Result } from './result'
export type * from './shapes'
