import type { MethodName } from '../contract'
import type { HandlersFor } from '../context'
import { analyticsHandlers } from './analytics.handlers'
import { appHandlers } from './app.handlers'
import { auditHandlers } from './audit.handlers'
import { billsHandlers } from './bills.handlers'
import { visitsHandlers } from './visits.handlers'
import { customersHandlers } from './customers.handlers'
import { dataSafetyHandlers } from './data-safety.handlers'
import { sessionHandlers } from './session.handlers'
import { settingsHandlers } from './settings.handlers'
import { usersHandlers } from './users.handlers'

/** One handler per contract method: a missing or misspelt one fails type checking. */
export const handlers = {
  ...appHandlers,
  ...sessionHandlers,
  ...usersHandlers,
  ...customersHandlers,
  ...billsHandlers,
  ...visitsHandlers,
  ...analyticsHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...dataSafetyHandlers,
} satisfies HandlersFor<MethodName>
