import type { z } from 'zod'
import { analyticsContract } from '../analytics/analytics.contract'
import { appContract } from '../app/app.contract'
import { securityContract } from '../security/security.contract'
import { auditContract } from '../audit/audit.contract'
import { billsContract } from '../bills/bills.contract'
import { dayCloseContract } from '../day-close/day-close.contract'
import { visitsContract } from '../visits/visits.contract'
import { customersContract } from '../customers/customers.contract'
import { draftsContract } from '../drafts/drafts.contract'
import { invoiceContract } from '../invoice/invoice.contract'
import { gstContract } from '../gst/gst.contract'
import { backupContract } from '../backup/backup.contract'
import { defineContract } from './define'
import type { Result } from './result'
import type { MethodName as AccessMethodName } from '../../../vocabulary'
import type { Exactly } from '../../../vocabulary/type-checks'
import { sessionContract } from '../session/session.contract'
import { settingsContract } from '../settings/settings.contract'
import { usersContract } from '../users/users.contract'
import { menuContract } from '../menu/menu.contract'
import { stylistsContract } from '../stylists/stylists.contract'

/**
 * The one contract between the renderer and the main process, built from per-domain slices.
 * The renderer may only `import type` from here; the schemas run in the main process.
 */
export const contract = defineContract(
  appContract,
  securityContract,
  sessionContract,
  usersContract,
  customersContract,
  billsContract,
  dayCloseContract,
  visitsContract,
  analyticsContract,
  settingsContract,
  auditContract,
  backupContract,
  draftsContract,
  menuContract,
  stylistsContract,
  invoiceContract,
  gstContract,
)

export type Contract = typeof contract
export type MethodName = keyof Contract & string
/** What a caller passes (before defaults and normalisation). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
/** What a handler receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Contract[M]['output']
/** Methods answered in every state of the app (`appMethod`); the rest need the data open. */
export type AppMethod = { [M in MethodName]: Contract[M] extends { scope: 'app' } ? M : never }[MethodName]
export type DataMethod = Exclude<MethodName, AppMethod>

/** `window.pos.invoke` and `connection.invoke`: a typo or a wrong field fails type checking. */
export type Invoke = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>
export type PosBridge = { invoke: Invoke }

export const methodNames = Object.keys(contract) as MethodName[]

/** The contract's methods are exactly those the shared access table lists (defineContract checks it at run time too). */
const _everyMethodHasAccess: Exactly<MethodName, AccessMethodName> = true

export type { ApiError, ErrorCode, Page, Result } from './result'
export type { GstStateCode } from '../../../vocabulary'
export type { AuditGroup, AuditOutcome, BackupReason, BillKind, BillStatus, CashDenomination, MenuItemKind, PaymentMethod, Role, ServiceSacCode, VisitKind, VisitStatus } from '../../../vocabulary'
export type * from '../analytics/analytics.shapes'
export type * from '../app/app.shapes'
export type * from '../audit/audit.shapes'
export type * from '../backup/backup.shapes'
export type * from '../bills/bills.shapes'
export type * from '../customers/customers.shapes'
export type * from '../day-close/day-close.shapes'
export type * from '../drafts/drafts.shapes'
export type * from '../menu/menu.shapes'
export type * from '../stylists/stylists.shapes'
export type * from '../invoice/invoice.shapes'
export type * from '../gst/gst.shapes'
export type { PaperSize } from '../invoice/shell-ports'
export type * from '../security/security.shapes'
export type * from '../session/session.shapes'
export type * from '../settings/settings.shapes'
export type * from '../users/users.shapes'
export type * from '../visits/visits.shapes'
