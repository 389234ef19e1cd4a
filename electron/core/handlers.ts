import type { AppMethod, DataMethod } from './contract'
import type { AppHandlersFor, HandlersFor } from './context'
import { analyticsHandlers } from './analytics/analytics.handlers'
import { appHandlers } from './app/app.handlers'
import { auditHandlers } from './audit/audit.handlers'
import { backupHandlers } from './backup/backup.handlers'
import { billsHandlers } from './bills/bills.handlers'
import { customerRightsHandlers } from './customers/customer-rights.handlers'
import { customersHandlers } from './customers/customers.handlers'
import { dayCloseHandlers } from './day-close/day-close.handlers'
import { draftsHandlers } from './drafts/drafts.handlers'
import { menuHandlers } from './menu/menu.handlers'
import { stylistsHandlers } from './stylists/stylists.handlers'
import { invoiceHandlers } from './invoice/invoice.handlers'
import { gstHandlers } from './gst/gst.handlers'
import { securityHandlers } from './security/security.handlers'
import { sessionHandlers } from './session/session.handlers'
import { settingsHandlers } from './settings/settings.handlers'
import { usersHandlers } from './users/users.handlers'
import { visitsHandlers } from './visits/visits.handlers'

/** The methods answered in every state of the app: one handler each, a missing one fails type checking. */
const everyAppMethod: AppHandlersFor<AppMethod> = appHandlers
export { everyAppMethod as appHandlers }

/** One handler per method of the data: a missing or misspelt one fails type checking. */
export const handlers = {
  ...securityHandlers,
  ...sessionHandlers,
  ...usersHandlers,
  ...customersHandlers,
  ...customerRightsHandlers,
  ...billsHandlers,
  ...dayCloseHandlers,
  ...visitsHandlers,
  ...analyticsHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...draftsHandlers,
  ...menuHandlers,
  ...stylistsHandlers,
  ...invoiceHandlers,
  ...gstHandlers,
} satisfies HandlersFor<DataMethod>
